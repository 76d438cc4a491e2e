// Part 1915: the war, exile in Paris, the Zimmerwald conference, then New York and Halifax.
// Decision: DP12 (see record/1915.json). Main knot is a tunnel: it ends with ->->.

// What Trotsky did at Zimmerwald (DP12): "manifesto", "left" or "break".
VAR z1915_choice = ""

=== zimmerwald_1915 ===
Vienna, 3 August 1914. The Trotskys' flat is full of open suitcases. # place: vienna-flat # date: 1914-08-03 ns # people: trotsky # actor: trotsky # mood: grim # id: 1915-zimmerwald.1
For seven years you have lived here with your wife Natalia and your two small sons. You write for Russian papers and argue in cafés over coffee and cake. # id: 1915-zimmerwald.2
Now Europe is at war. Austria-Hungary and Germany are on one side. Russia, France and Britain are on the other. # id: 1915-zimmerwald.3
You are a Russian subject in an enemy country. This morning an Austrian socialist leader asked the police what will happen to men like you. The answer came at once: arrest, or a camp. # id: 1915-zimmerwald.4
The streets outside are loud with flags and brass bands. Young men in new uniforms march to the station. Girls throw flowers at them. # id: 1915-zimmerwald.5
The train to neutral Switzerland leaves this evening. There is room for very little. # id: 1915-zimmerwald.6
You fill a case with letters and notes. The clothes can be bought again. Your thoughts cannot. # id: 1915-zimmerwald.7
By night you are on the train to Zurich. # id: 1915-zimmerwald.8
* [Go on # id: 1915-zimmerwald.9] -> z1915_war_credits

=== z1915_war_credits ===
In Zurich the newspapers bring the worst news of all. # place: vienna-flat # date: 1914-08-05 ns # people: trotsky # actor: trotsky # mood: grim # id: 1915-zimmerwald.10
Before the war, the socialist parties of Europe had sworn an oath together. If war came, the workers of each country would refuse to kill each other. Their alliance was called the Second International. # id: 1915-zimmerwald.11
The biggest party in it was the German SPD, the Social Democrats. It had a million members, its own schools and choirs, and a hundred and ten seats in parliament. # id: 1915-zimmerwald.12
On 4 August its deputies stood up in the Reichstag and voted for war credits. That is the money the government needs to fight. # id: 1915-zimmerwald.13
In France and Belgium the socialists did the same. Some even took posts as ministers of war governments. # id: 1915-zimmerwald.14
Not everyone gave in. In the Russian Duma, the socialist deputies of both factions, Bolsheviks and Mensheviks, refused to vote the war budget. So did the Serbian socialists. The Italian party stayed against the war too. # id: 1915-zimmerwald.15
But the great German party had led the way. For you it is like a death in the family. # id: 1915-zimmerwald.16
-> z1915_paris

=== z1915_paris ===
Paris, winter 1915. The print shop smells of ink and wet paper. # place: paris-print-shop # date: 1915-02-10 ns # people: trotsky, martov # actor: trotsky # mood: tense # id: 1915-zimmerwald.17
You came to Paris in November as a war reporter for a paper in Kiev. Now you also help to run a small Russian daily against the war. It is called Nashe Slovo, "Our Word". # id: 1915-zimmerwald.18
Martov writes for it too. He is thin and pale, and he smokes as much as ever. His pen is as sharp as in the Iskra days. # id: 1915-zimmerwald.19
The French censor reads every page before it is printed. He cuts out whole paragraphs. Some days the paper comes out with white holes where your articles used to be. # id: 1915-zimmerwald.20
Every week the casualty lists grow longer. Whole villages in France are wearing black. # id: 1915-zimmerwald.21
From Switzerland, Lenin sends his own slogans. He says socialists should wish for the defeat of their own government. He says the old International is dead and a new one must be built. # id: 1915-zimmerwald.22
{a1912_bloc == "join-lenin": For two years you worked beside Lenin. The war has pulled you apart: you will not call for Russia's defeat, and he will settle for nothing less. # speculation # presumes: DP11 = join-lenin # id: 1915-zimmerwald.23}
{lenin_trust >= 3 && not y1897_stayed: You remember how Lenin walked you round London in 1902 and tested you with questions. He is still testing everyone. # presumes: DP03 = escape # id: 1915-zimmerwald.24}
* (too_far) [Write that Lenin goes too far # id: 1915-zimmerwald.25]
    You write that "defeat" is the wrong slogan. The workers should fight for peace everywhere, not wish for defeat anywhere. # id: 1915-zimmerwald.26
    ~ martov_trust += 1
* (agree) [Write that Lenin is right about the old leaders # id: 1915-zimmerwald.27]
    You write that the leaders who voted for the war have lost the right to lead. On that point Lenin and you agree. # id: 1915-zimmerwald.28
    ~ lenin_trust += 1
- The paper reaches Russian soldiers in France and a few workers in Russia. It is small, but it is not silent. # id: 1915-zimmerwald.29 -> z1915_coaches

=== z1915_coaches ===
Switzerland, 5 September 1915. # place: zimmerwald-inn # date: 1915-09-05 ns # people: trotsky, grimm, lenin, martov, axelrod, zimmerwald-delegates # actor: trotsky # mood: hopeful # id: 1915-zimmerwald.30
In Russia the calendar still says 23 August. Here in Switzerland it is early September, and the air already smells of autumn. # id: 1915-zimmerwald.31
A Swiss socialist, Robert Grimm, has called a secret meeting of socialists who oppose the war. To fool the police, the guests call themselves a club of bird-watchers. # id: 1915-zimmerwald.32
They meet in Bern. Then they climb into horse-drawn coaches for the ride up into the hills. Four coaches are enough for all of them. # id: 1915-zimmerwald.33
"It was still possible to seat all the internationalists in four coaches." # quote: Trotsky, My Life (1930), ch. 19 # id: 1915-zimmerwald.34
The coaches stop in Zimmerwald, a tiny village of farms and cowbells. The Hotel Beau Séjour has a view of snowy peaks. Nobody will look for revolutionaries here. # id: 1915-zimmerwald.35
About forty socialists come from a dozen countries. There are Germans and Frenchmen whose countries are at war. There are Italians, Poles, Swedes, a Dutch poet and Balkan socialists. # id: 1915-zimmerwald.36
From Russia there are Lenin and Zinoviev for the Bolsheviks, and Martov and Axelrod for the Mensheviks. Viktor Chernov speaks for the Socialist Revolutionaries, the SRs, the party of the peasants. # id: 1915-zimmerwald.37
{martov_trust >= 3: Martov gives you a tired smile across the table. At least here you are on the same side. # id: 1915-zimmerwald.38}
* (germans) [Shake hands with the German delegates # id: 1915-zimmerwald.39]
    The Germans look nervous. At home, the police watch anyone who opposes the war. Coming here was brave. # id: 1915-zimmerwald.40
    ~ unity += 1
* (beside_lenin) [Sit down beside Lenin # id: 1915-zimmerwald.41]
    Lenin is polite but brisk. He wants to know who here is serious. # id: 1915-zimmerwald.42
    ~ lenin_trust += 1
- -> z1915_debate

=== z1915_debate ===
The debate is hot, even in the cool mountain air. # place: zimmerwald-inn # date: 1915-09-07 ns # people: trotsky, lenin, zinoviev, radek, grimm, ledebour, zimmerwald-delegates # actor: trotsky # mood: tense # id: 1915-zimmerwald.43
{z1915_paris.too_far: Lenin has read what you wrote against his word "defeat". He is polite with you, and cool. # id: 1915-zimmerwald.44}
{z1915_paris.agree: Lenin has read your article on the old leaders. He nods to you across the room. # id: 1915-zimmerwald.45}
Georg Ledebour leads the Germans. He is an old man with a white moustache and a hard face. He hates the war. But he will not break with his own party, and he will not sign a call to vote against war credits. # id: 1915-zimmerwald.46
Lenin, Zinoviev and Karl Radek lead a small group on the far left. People start to call them the Zimmerwald Left. # id: 1915-zimmerwald.47
They want the workers to turn their guns on their own rulers. That means turning the war between nations into a civil war between classes. And they want a new, Third International, without the leaders who backed the war. # id: 1915-zimmerwald.48
Most delegates are frightened by this. They came to call for peace, not to split every party in Europe. # id: 1915-zimmerwald.49
The Left asks for its draft to go to the drafting committee. The vote is 19 against and 12 for. You vote with the 12. # id: 1915-zimmerwald.50
The committee then has three drafts in front of it. One comes from the Germans, one from the Left, and one from you. It asks Grimm and you to write the final text. # id: 1915-zimmerwald.51
You sit up late with your pen. The lamp hisses. Outside, cows shift in their sheds. # id: 1915-zimmerwald.52
Tomorrow the delegates will vote on what you write. Lenin says peace talk without a call to revolution is only words. Ledebour says one word more and the Germans go home. # decision: DP12 # id: 1915-zimmerwald.53
* [Write a manifesto that all can sign: peace, no annexations, no indemnities #option: manifesto # id: 1915-zimmerwald.54]
    ~ z1915_choice = "manifesto"
    ~ unity += 1
    ~ workers_trust += 1
    ~ standing_bolshevik += 1
    You write for everyone in the room. The war is a war of the rich for markets and colonies, you write. The workers pay for it in blood. # id: 1915-zimmerwald.55
    You call for peace with no land taken and no money squeezed from the losers. Every nation must have the right to decide its own future. # id: 1915-zimmerwald.56
    You leave out the call to vote against war credits. Ledebour would walk out over it. You sign a protest with the Left and the Dutch poet Henriette Roland Holst. Then you let the point go. # id: 1915-zimmerwald.57
    The manifesto passes without a vote against it. The Left signs too, but adds a note: it is not enough. # id: 1915-zimmerwald.58
* [Sign Lenin's resolution and join the Zimmerwald Left #option: left # id: 1915-zimmerwald.59]
    ~ z1915_choice = "left"
    ~ lenin_trust += 2
    ~ standing_bolshevik += 2
    ~ martov_trust -= 1
    ~ unity -= 1
    You put your name under the Left's resolution. Lenin nods once, as if he had expected it all along. # speculation # id: 1915-zimmerwald.60
    Grimm writes the manifesto alone. It is milder than yours would have been. # speculation # id: 1915-zimmerwald.61
    The manifesto still passes. You sign it too, with the Left's note that it is not enough. Martov looks at you as if you had changed sides again. # speculation # id: 1915-zimmerwald.62
* [Refuse to sign anything that does not break with the old leaders #option: break # id: 1915-zimmerwald.63]
    ~ z1915_choice = "break"
    ~ unity -= 2
    ~ martov_trust -= 1
    ~ workers_trust -= 1
    You say you will not sign words that the war's friends could sign too. Only a clean break will do. # speculation # id: 1915-zimmerwald.64
    Even Lenin thinks this is a mistake. He signs the manifesto as a first step and tells you so. # speculation # id: 1915-zimmerwald.65
    The manifesto passes without your name. Back in Paris, some of your readers are puzzled. # speculation # id: 1915-zimmerwald.66
- The conference also sets up a small committee in Bern to keep the groups in touch. Zimmerwald becomes a name that both governments and socialists remember. # id: 1915-zimmerwald.67
-> z1915_expelled

=== z1915_expelled ===
Paris, autumn 1916. Two police inspectors wait in your doorway. # place: paris-print-shop # date: 1916-10-30 ns # people: trotsky # actor: trotsky # mood: grim # id: 1915-zimmerwald.68
The French government has closed Nashe Slovo. Now it throws you out of France. Some Russian soldiers in France had mutinied, and copies of the paper were found on them. # id: 1915-zimmerwald.69
{z1915_choice == "break": The police file also calls you "the man who would not even sign at Zimmerwald". To them, you are the most dangerous of a dangerous crowd. # speculation # presumes: DP12 = break # id: 1915-zimmerwald.70}
The inspectors drive you to the Spanish border. In Madrid the police arrest you again, "for ideas too advanced for Spain". Then they ship you and your family off across the ocean. # id: 1915-zimmerwald.71
On 13 January 1917 your steamer reaches New York. Rain lashes the deck. Through it you see the towers of the city, lit window by window. # id: 1915-zimmerwald.72
You find a flat in the Bronx with electric light, a gas stove and a bath. The boys are amazed by the telephone. # id: 1915-zimmerwald.73
You write for a Russian paper called Novy Mir, "New World", and speak at meetings of immigrant workers. # id: 1915-zimmerwald.74
-> z1915_february

=== z1915_february ===
New York, March 1917. The newsboys are shouting about Russia. # place: bronx-flat # date: 1917-03-16 ns # people: trotsky # actor: trotsky # mood: triumph # id: 1915-zimmerwald.75
On 23 February by the Russian calendar, women in Petrograd went out on the streets to ask for bread. Strikes followed, then huge marches. The troops were ordered to shoot. Instead, regiment after regiment went over to the crowds. # id: 1915-zimmerwald.76
On 2 March the Tsar, Nicholas II, gave up his throne. The three-hundred-year rule of the Romanov family is over. # id: 1915-zimmerwald.77
Two powers now stand in the capital. One is a Provisional Government, made up mostly of liberal politicians from the Duma, the old parliament. It is meant to rule until a Constituent Assembly can be elected. # id: 1915-zimmerwald.78
The other is the Petrograd Soviet, a council of delegates from the factories and the regiments. It is the soviet of 1905 reborn, only bigger. The soldiers obey the soviet first. # id: 1915-zimmerwald.79
People call this "dual power". You think it cannot last. Sooner or later, one of the two must give way. # id: 1915-zimmerwald.80
{
- z1915_choice == "left":
    Your friends say you will surely join Lenin now. You are not so sure that anything is settled. # speculation # presumes: DP12 = left # id: 1915-zimmerwald.81
- z1915_choice == "manifesto":
    Many of the exiles who met at Zimmerwald will now go home. The four coaches are about to become a crowd. # presumes: DP12 = manifesto # id: 1915-zimmerwald.82
}
* (tickets) [Rush to the shipping office for tickets # id: 1915-zimmerwald.83]
    You buy tickets on the first Norwegian steamer that will take you. It sails on 27 March. # id: 1915-zimmerwald.84
    ~ safety -= 1
* (meeting) [Speak at a packed meeting before you leave # id: 1915-zimmerwald.85]
    The hall is full of Russian and Jewish workers. They sing, cry and hug each other. They make you promise to tell Petrograd about them. # id: 1915-zimmerwald.86
    ~ workers_trust += 1
- You sail for home. # id: 1915-zimmerwald.87 -> z1915_halifax

=== z1915_halifax ===
Amherst, Canada, April 1917. # place: amherst-camp # date: 1917-04-10 ns # people: trotsky, german-prisoners # actor: trotsky # mood: grim # id: 1915-zimmerwald.88
At Halifax, in Canada, British officers came aboard your ship. They said you were a danger to the war against Germany. When you refused to go, sailors carried you down the gangway. # id: 1915-zimmerwald.89
Natalia and the boys are held in the town. You are taken by train to a camp for German prisoners of war. # id: 1915-zimmerwald.90
The camp is an old iron foundry. About eight hundred men sleep in bunks three high. At night the air is thick and stale. # id: 1915-zimmerwald.91
The prisoners are German sailors, many of them workers in uniform. # id: 1915-zimmerwald.92
{z1915_coaches.germans: You think of the nervous Germans whose hands you shook at Zimmerwald. Here are Germans again, and these ones are not afraid to listen. # id: 1915-zimmerwald.93}
{z1915_february.tickets: You were among the first of the exiles to buy a ticket home. It has not got you home any faster. # id: 1915-zimmerwald.94}
{z1915_february.meeting: You think of the workers in New York who made you promise to tell Petrograd about them. You will keep that promise late. # id: 1915-zimmerwald.106}
They ask you why the British hold a Russian. You tell them about Zimmerwald and the war. # id: 1915-zimmerwald.107
Soon you are speaking to them every day in the yard. The German officers complain to the camp commander. # id: 1915-zimmerwald.95
{
- z1915_choice == "manifesto" || z1915_choice == "left":
    Some of the sailors have heard of Zimmerwald. For them it is a word of hope from the other side of the trenches. # presumes: DP12 = manifesto/left # id: 1915-zimmerwald.96
- else:
    You do not tell them you refused to sign at Zimmerwald. Here, any word against the war is welcome. # speculation # presumes: DP12 = break # id: 1915-zimmerwald.97
}
News comes that Pravda, Lenin's paper in Petrograd, protests against your arrest. # id: 1915-zimmerwald.98
{z1915_coaches.beside_lenin: You sat beside Lenin at Zimmerwald. His paper is the first to speak up for you. # id: 1915-zimmerwald.99}
{lenin_trust >= 4: The protest is warm. Lenin seems to count you as a friend now. # id: 1915-zimmerwald.100}
* (taught) [Teach the sailors the news from Russia # id: 1915-zimmerwald.101]
    You read them every paper you can get. The yard falls silent when you speak of the soldiers of Petrograd. # id: 1915-zimmerwald.102
    ~ workers_trust += 1
* (protested) [Write one protest after another to the Russian government # id: 1915-zimmerwald.103]
    You send telegrams to Petrograd and letters to the British. Most of them never arrive. # id: 1915-zimmerwald.104
    ~ safety += 1
- On 29 April the British give way and let you go. The German sailors line the path and cheer. A band of prisoners plays the Internationale, the socialist anthem. # date: 1917-04-29 ns # id: 1915-zimmerwald.105
->->
