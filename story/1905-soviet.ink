// Part 1905: Bloody Sunday as news in Geneva, the return to Russia, the October strike, the
// Tsar's Manifesto, the St Petersburg Soviet and its arrest. Played as Trotsky.
// Decisions: DP06, DP07, DP08 (see record/1905.json). A tunnel: every path ends with ->->.

// Did Trotsky go back to Russia at once (DP06)? "now" or "stay".
VAR s1905_return = ""
// What Trotsky said about the Tsar's Manifesto (DP07): "no-trust" or "trust".
VAR s1905_manifesto = ""
// Trotsky's line on the Soviet (DP08): "inside" or "programme".
VAR s1905_soviet = ""

=== soviet_1905 ===
Geneva, January 1905. Wet snow falls on the lake and the grey roofs. # place: geneva-iskra-office # date: 1905-01-10 os # people: trotsky, martov, sedova # actor: trotsky # mood: grim # id: 1905-soviet.1
You climb the narrow stairs to the Iskra office. You are twenty-five years old. # id: 1905-soviet.2
Martov is standing by the window with a bundle of telegrams. His hands shake as he holds them out. The troops in Petersburg have fired on the crowd. # id: 1905-soviet.3
The news is a day old. On Sunday, 9 January by the Russian calendar, a priest called Father Gapon led a huge march to the Winter Palace in St Petersburg. In Geneva the calendar says it was 22 January. # id: 1905-soviet.4
Tens of thousands of workers walked through the snow with their wives and children. They carried church banners and pictures of the Tsar. They sang hymns. # id: 1905-soviet.5
They brought a petition. It begged for an eight-hour day, fair pay and an assembly elected by the people. # id: 1905-soviet.6
Tsar Nicholas II was not even in the city. Soldiers stood across the roads and bridges. At the Narva Gate, by the river and on the Palace Square, they fired into the crowds again and again. # id: 1905-soviet.7
You read the telegrams twice. The words are few and flat. Shots. Cavalry. People lying still in the snow. # id: 1905-soviet.8
Nobody in Geneva knows yet how many have died. # id: 1905-soviet.9
The government will later say 96 dead and 333 wounded. Its enemies will speak of thousands. Most historians today count several hundred killed and wounded, perhaps up to a thousand. # id: 1905-soviet.10
People are already calling it Bloody Sunday. In one morning, millions of Russians stopped believing that the Tsar was their kind "little father". # id: 1905-soviet.11
-> s1905_choice

=== s1905_choice ===
That evening you walk by the lake with Natalia Sedova. # place: geneva-iskra-office # date: 1905-01-10 os # people: trotsky, sedova # actor: trotsky # mood: tense # id: 1905-soviet.12
She is a student from a well-off family, and a revolutionary like you. # id: 1905-soviet.13
{
- y1897_stayed:
    You met in Paris in 1903. You have been together ever since. # presumes: DP03 = stay # id: 1905-soviet.14
- else:
    You met in Paris in 1902. You have been together ever since. # presumes: DP03 = escape # id: 1905-soviet.15
}
The strikes are spreading. Natalia thinks you should both be there, not here. # id: 1905-soviet.16
Most of the party's leaders live abroad. They write, argue and wait. Going back means a false passport, secret flats and the constant risk of prison. # id: 1905-soviet.17
Staying means safety. It also means watching the revolution from a café in Switzerland. # decision: DP06 # id: 1905-soviet.18
* [Go back to Russia in secret, as soon as you can #option: return-now # id: 1905-soviet.19]
    ~ s1905_return = "now"
    ~ workers_trust += 1
    ~ safety -= 1
    You decide at once. Natalia will go ahead to Kiev to find rooms. # id: 1905-soviet.20
    In February you cross the border with a false passport. You are one of the first of the exiled leaders to go home. # id: 1905-soviet.21
    -> s1905_kiev
* [Stay in Geneva and fight with your pen #option: stay-abroad # id: 1905-soviet.22]
    ~ s1905_return = "stay"
    ~ safety += 1
    ~ workers_trust -= 1
    ~ standing_menshevik += 1
    You stay. Your pamphlets are sharp and your articles are read in Russia. # speculation # id: 1905-soviet.23
    But they arrive weeks late, and workers rarely see your name. Each month the news from home grows louder. # speculation # id: 1905-soviet.24
    -> s1905_october

=== s1905_kiev ===
Kiev, February 1905. The streets are full of slush and church bells. # place: kiev-hideout # date: 1905-02-15 os # people: trotsky, sedova # actor: trotsky # mood: tense # id: 1905-soviet.25
You live under a false name. You move from flat to flat: a lawyer's spare room, a student's attic, a doctor's study. # id: 1905-soviet.26
For a while you even hide in an eye clinic, in the bed of a patient. The head doctor knows who you are and says nothing. A nurse brings you tea and never asks why you write all night. # id: 1905-soviet.27
You write leaflets for workers and for peasants. A secret press prints them in the thousands. # sfx: press # id: 1905-soviet.28
* (leaflet) [Write a leaflet that a peasant could read aloud # id: 1905-soviet.29]
    You cut every long word. You tell the peasants what the soldiers did in Petersburg, and ask them to tell the soldiers from their own villages. # id: 1905-soviet.30
    ~ workers_trust += 1
* (hid) [Keep out of sight and stay alive # id: 1905-soviet.31]
    You stay indoors for days. A man in a grey coat stands on the corner too long. Then he is gone. # id: 1905-soviet.32
    ~ safety += 1
- In the spring you move to St Petersburg. You keep in touch with both halves of the split party, Bolsheviks and Mensheviks. # id: 1905-soviet.33
{
- b1904_choice == "independent":
    You belong to neither. # presumes: DP05 = independent # id: 1905-soviet.34
- b1904_choice == "bolsheviks":
    You are still one of Lenin's people, but here you work with anyone who will work with you. # speculation # presumes: DP05 = bolsheviks # id: 1905-soviet.35
- else:
    You are still one of the Mensheviks, but here you work with anyone who will work with you. # speculation # presumes: DP05 = mensheviks # id: 1905-soviet.36
}
-> s1905_mayday

=== s1905_mayday ===
St Petersburg, 1 May 1905. The birch woods outside the city are just turning green. # place: petersburg-flat # date: 1905-05-01 os # people: trotsky # actor: trotsky # mood: grim # id: 1905-soviet.37
Natalia has gone to a May Day meeting in the woods. Workers gather there in secret, far from the police, to make speeches and sing. # id: 1905-soviet.38
She does not come home. # id: 1905-soviet.39
That night a comrade knocks three times. The police surrounded the meeting. Natalia was arrested with many others. # sfx: knock # id: 1905-soviet.40
The police know the circle she moves in. They will soon be looking for you too. # id: 1905-soviet.41
You take a train to Finland. Finland is part of the Russian Empire, but it has its own laws, and the Tsar's police have less power there. # id: 1905-soviet.42
You spend the summer in a quiet boarding house among pines and lakes. You read, you write, and you think about where this revolution is going. # id: 1905-soviet.43
-> s1905_october

=== s1905_october ===
St Petersburg, October 1905. The whole city has stopped. # place: petersburg-street # date: 1905-10-15 os # people: trotsky, workers # actor: trotsky # mood: hopeful # id: 1905-soviet.44
{
- s1905_return == "now":
    You come back from Finland in the middle of a general strike. # presumes: DP06 = return-now # id: 1905-soviet.45
- else:
    In the end, even you cannot stay away. You reach St Petersburg in the middle of a general strike. # speculation # presumes: DP06 = stay-abroad # id: 1905-soviet.46
}
{s1905_kiev.leaflet: A railwayman shows you a worn copy of your leaflet for peasants from Kiev. It has travelled further than you have. # id: 1905-soviet.47}
{s1905_kiev.hid: Your months of hiding in Kiev paid off. The police here do not know your face. # id: 1905-soviet.48}
It began with printers in Moscow. Then the railway workers walked out, and the trains stopped all over the empire. Now factories, shops, banks and even theatres are shut. # id: 1905-soviet.49
At night the streets are dark. There is no gas, no trams, no post. Students hand out leaflets by the light of bonfires. # id: 1905-soviet.50
In St Petersburg, the strikers have chosen a council to speak for them. In Russian the word for council is soviet. # id: 1905-soviet.51
-> s1905_soviet_hall

=== s1905_soviet_hall ===
The Soviet meets in the Technological Institute. # place: petersburg-technological-institute # date: 1905-10-15 os # people: trotsky, khrustalev-nosar, workers # actor: trotsky # mood: hopeful # id: 1905-soviet.52
The hall is packed and hot. Men in oily jackets stand on benches to see. The air smells of wet wool and cheap tobacco. # id: 1905-soviet.53
Each factory sends one deputy for every five hundred workers. Socialists of every kind sit here, and many deputies who belong to no party at all. # id: 1905-soviet.54
Its chairman is Georgy Khrustalev-Nosar, a young lawyer with a quick tongue. He helped workers with their claims before the strike. # id: 1905-soviet.55
You give your name as Yanovsky, after the farm where you grew up. Within days you are writing the Soviet's appeals and speaking from its platform. # id: 1905-soviet.56
* (listened) [Listen to the deputies first # id: 1905-soviet.57]
    You sit at the back for an hour. A printer speaks. Then a railwayman. They talk about fines, bread and the long working day. You learn more here than in a year of meetings abroad. # id: 1905-soviet.58
    ~ workers_trust += 1
* (spoke) [Ask to speak at once # id: 1905-soviet.59]
    You ask for the floor. Some deputies frown at the stranger. By the end of your speech they are clapping. # id: 1905-soviet.60
    ~ workers_trust += 1
    ~ safety -= 1
- -> s1905_manifesto_day

=== s1905_manifesto_day ===
On 17 October the Tsar gives way. # place: petersburg-university # date: 1905-10-18 os # people: trotsky, workers, tsar-nicholas # actor: trotsky # mood: triumph # id: 1905-soviet.61
His minister, Count Witte, has written a manifesto for him to sign. It promises freedom of speech, of meeting and of forming unions. It promises a Duma, a parliament elected by the people, without whose consent no law will pass. # id: 1905-soviet.62
The next morning the city goes wild. Crowds fill the streets with red flags. Strangers kiss each other. A huge crowd gathers outside the university. # id: 1905-soviet.63
A portrait of the Tsar hangs in the main hall. Someone has torn it half off the wall. # id: 1905-soviet.64
But there are also soldiers on the corners, and the prisons are still full. The general in charge of the capital has ordered his men to spare no bullets. # id: 1905-soviet.65
The liberals say the fight is won. Now is the time to form parties, win elections and build a free Russia by law. # id: 1905-soviet.66
You are pushed onto the university balcony. Thousands of faces look up at you. You hold a copy of the Manifesto in your hand. # decision: DP07 # id: 1905-soviet.67
* [Tell them to trust no promise from the Tsar, and tear up the Manifesto #option: no-trust # id: 1905-soviet.68]
    ~ s1905_manifesto = "no-trust"
    ~ workers_trust += 2
    ~ standing_bolshevik += 1
    ~ safety -= 1
    You tell them not to celebrate too soon. The troops are still here. The police are still here. Nothing has been given that cannot be taken back. # id: 1905-soviet.69
    "Citizens! Our strength is in ourselves." # quote: Trotsky, speech at St Petersburg University, 18 October 1905, as given in Deutscher, The Prophet Armed (1954), ch. 'Trotsky in 1905' # id: 1905-soviet.70
    You say the Manifesto is only a scrap of paper. Then you tear it up in front of them. The crowd roars. # id: 1905-soviet.71
* [Tell them to take the freedoms and use them #option: trust # id: 1905-soviet.72]
    ~ s1905_manifesto = "trust"
    ~ workers_trust -= 1
    ~ standing_menshevik += 1
    ~ safety += 1
    You tell them a great thing has been won. Now they must use it: print papers, form unions, get ready for the Duma. # speculation # id: 1905-soviet.73
    Some cheer. Others shout that the Cossacks are still in the streets. A worker near the front shakes his head and walks away. # speculation # id: 1905-soviet.74
- In the days that follow, troops fire on crowds in several towns. Gangs called the Black Hundreds attack Jews, students and workers in town after town. Many die. The police often stand by, or join in. # id: 1905-soviet.75
{
- s1905_manifesto == "trust":
    Your hopeful words sit badly with you now. Trust, it seems, will have to be earned. # speculation # presumes: DP07 = trust # id: 1905-soviet.76
- else:
    To you, the killings prove that the Manifesto was a trap. The liberals answer that it still gave Russia its first freedoms, and that the killers are the old regime's last defenders. # presumes: DP07 = no-trust # id: 1905-soviet.77
}
-> s1905_party

=== s1905_party ===
Late October. The Soviet has become a power in the capital. # place: petersburg-technological-institute # date: 1905-10-29 os # people: trotsky, khrustalev-nosar, workers # actor: trotsky # mood: tense # id: 1905-soviet.78
{s1905_soviet_hall.listened: The printer you listened to on your first night now sits on the Soviet's executive. He nods to you on the stairs. # id: 1905-soviet.79}
{s1905_soviet_hall.spoke: Deputies still talk about the stranger who asked for the floor on his first night. # id: 1905-soviet.80}
Printers obey it, not the censor. Its paper, Izvestia, "The News", is printed on seized presses. Rail workers ask it what to do next. # id: 1905-soviet.81
The Bolsheviks of St Petersburg do not like this. Lenin is still abroad. His followers here see the Soviet as a rival to the party. # id: 1905-soviet.82
Some of them want to give it an order: accept the programme of our party, or we will have nothing to do with you. If it refuses, they may walk out. # id: 1905-soviet.83
The Mensheviks have chosen to work inside it. So have many workers who belong to no party. # id: 1905-soviet.84
{s1905_manifesto == "no-trust": Your balcony speech has made your name. Deputies from both camps want you on their side. # presumes: DP07 = no-trust # id: 1905-soviet.85}
{workers_trust >= 3: Deputies stop you on the stairs to shake your hand. They call you "Comrade Yanovsky". # id: 1905-soviet.86}
What line will you take? # decision: DP08 # id: 1905-soviet.87
* [Work inside the Soviet as it is, open to all workers #option: inside # id: 1905-soviet.88]
    ~ s1905_soviet = "inside"
    ~ workers_trust += 2
    ~ party_strength += 1
    ~ unity += 1
    You say the Soviet is bigger than any party. Its strength is that every striking worker feels it belongs to them. # id: 1905-soviet.89
    You write its appeals and speak in its name. Party men of both sides come to you for the text of the next resolution. # id: 1905-soviet.90
* [Back the Bolsheviks: the Soviet must accept the party's programme #option: programme # id: 1905-soviet.91]
    ~ s1905_soviet = "programme"
    ~ standing_bolshevik += 2
    ~ lenin_trust += 1
    ~ workers_trust -= 2
    ~ unity -= 1
    You back the demand. The party has a programme, you say. A council without one will drift. # speculation # id: 1905-soviet.92
    The hall goes cold. Non-party deputies ask who you are to give them orders. The demand fails, and the Soviet goes on without it. # speculation # id: 1905-soviet.93
- Lenin reaches St Petersburg in November. In a letter written on his way home, but not printed for many years, he said the question was wrong. # id: 1905-soviet.94
"The decision must certainly be: both the Soviet of Workers' Deputies and the Party." # quote: Lenin, Our Tasks and the Soviet of Workers' Deputies, written 2-4 (15-17) November 1905 (Collected Works, vol. 10) # id: 1905-soviet.95
Soon the Bolsheviks work inside the Soviet too. # id: 1905-soviet.96
-> s1905_eight_hours

=== s1905_eight_hours ===
November. The nights are long and the frost has come. # place: petersburg-technological-institute # date: 1905-11-06 os # people: trotsky, khrustalev-nosar, workers, soldiers # actor: trotsky # mood: tense # id: 1905-soviet.97
On 29 October the Soviet told the workers to take the eight-hour day for themselves. In factory after factory they simply walked out after eight hours. # id: 1905-soviet.98
The owners struck back. They locked the gates and threw tens of thousands of workers onto the street. # id: 1905-soviet.99
In early November the Soviet called a second general strike. It was a protest against martial law in Poland, and against plans to court-martial rebel sailors at Kronstadt, the naval fortress near the city. # id: 1905-soviet.100
Soldiers and sailors have started to come to meetings. A few even send deputies. But most regiments still obey their officers. # id: 1905-soviet.101
You say the eight-hour day cannot be won while the Tsar keeps his army and police. The workers will need weapons to defend what they win. # id: 1905-soviet.102
"Eight hours and a gun!" # quote: Trotsky, 1905 (1907), ch. 16 'Eight Hours and a Gun' # id: 1905-soviet.103
{s1905_soviet == "programme": Some non-party deputies still remember your demand about the programme. They listen, but they do not cheer. # speculation # presumes: DP08 = programme # id: 1905-soviet.104}
On 12 November the Soviet calls off the fight for the eight-hour day. The workers are hungry and tired. The owners have won this round. # id: 1905-soviet.105
* [Go on # id: 1905-soviet.106] -> s1905_arrest

=== s1905_arrest ===
A week ago, on 26 November, the police arrested Khrustalev-Nosar. # place: petersburg-free-economic-society # date: 1905-12-03 os # people: trotsky, workers, soldiers # actor: trotsky # mood: grim # id: 1905-soviet.107
The Soviet chose a presidium of three to lead it in his place. You are one of the three. # id: 1905-soviet.108
Yesterday, 2 December, the Soviet called on the people to stop paying taxes and to take their savings out of the banks in gold. If the state runs out of money, it cannot pay its troops. # id: 1905-soviet.109
Tonight, 3 December, the Soviet meets in the hall of the Free Economic Society. You are in the chair. # id: 1905-soviet.110
Then you hear boots on the stairs. Soldiers and police fill the doors and the gallery. # id: 1905-soviet.111
You tell the deputies not to fight. A shot here would start a massacre. Some of them quietly break their pistols so the police will get nothing they can use. # id: 1905-soviet.112
One by one, the officers write down every name. The whole Soviet is taken away, deputies and guests alike. It has lasted some fifty days. # id: 1905-soviet.113
{
- workers_trust >= 4:
    As you are led out, a deputy grips your hand. "They cannot arrest a whole city," he whispers. # id: 1905-soviet.114
- workers_trust <= 0:
    Outside, a few workers watch the police vans in silence. Many of them hardly know your name. # speculation # id: 1905-soviet.115
}
{safety <= 1: The police clerk smiles as he writes your name. He has been waiting for you for a long time. # id: 1905-soviet.116}
Four days later, on 7 December, Moscow rises. Workers build barricades and fight the army in the streets. You hear the news from behind prison walls. # id: 1905-soviet.117
->->
