// Part 1906: prison, the trial of the St Petersburg Soviet, the sentence, the escape from
// Berezov on the road to Obdorsk, and the Vienna years. Played as Trotsky.
// Decision: DP09 (see record/1906.json). A tunnel: every path ends with ->->.

// What kind of speech Trotsky gave at the trial (DP09): "political", "legal" or "boycott".
VAR t1906_speech = ""

=== trial_1906 ===
Kresty prison, St Petersburg, December 1905. # place: petersburg-kresty # date: 1905-12-20 os # people: trotsky # actor: trotsky # mood: grim # id: 1906-trial.1
The cell is narrow and cold. A bare bulb burns all night. Through the wall you hear a man coughing, and the guards' keys on their long chains. # id: 1906-trial.2
Kresty means "the crosses". The prison is built in the shape of two great crosses of red brick, on the bank of the Neva. # id: 1906-trial.3
News still gets in, in notes passed at the exercise yard and in whispers at the bath house. # id: 1906-trial.4
Moscow has risen. For about ten days the workers of the old capital fought behind barricades of carts, doors and telegraph poles. Then a Guards regiment came from St Petersburg with artillery. The workers' district of Presnya was shelled and taken. The rising is over. # id: 1906-trial.5
{
- workers_trust >= 4:
    Even here, guards slip you scraps of newspaper. Some of them read your articles last autumn. # id: 1906-trial.6
- else:
    Nobody tells you much. You piece the story together from rumours. # id: 1906-trial.7
}
You pace the cell and think about what went wrong. The strikes grew tired. The army stayed loyal. Moscow fought alone, and too late. # id: 1906-trial.8
* [Go on # id: 1906-trial.9] -> t1906_detention

=== t1906_detention ===
Summer 1906. You have been moved again. # place: petersburg-preliminary-detention # date: 1906-06-15 os # people: trotsky, sedova # actor: trotsky # mood: calm # id: 1906-trial.10
First you were taken to the Peter and Paul Fortress, where the Tsars have kept their enemies for two hundred years. Now you are in the House of Preliminary Detention, next to the court. # id: 1906-trial.11
This prison is easier. Your lawyers may visit. You can have books, as many as you like. # id: 1906-trial.12
You read about land and rent and the history of Russia. You write a long essay about where the revolution is going. You argue that in Russia the workers may come to power before the workers of richer countries, and that they cannot stop halfway once they do. # id: 1906-trial.13
Your lawyers carry your pages out in their briefcases. # id: 1906-trial.14
Natalia visits you behind a grille. In February she gave birth to your son. He is called Lev, like you. # id: 1906-trial.15
She tells you about the baby, and about the comrades outside. Many are in prison or have fled abroad. The revolution is going quiet. # id: 1906-trial.16
* [Go on # id: 1906-trial.17] -> t1906_trial

=== t1906_trial ===
On 19 September 1906 the trial of the Soviet begins. # place: petersburg-court # date: 1906-09-19 os # people: trotsky, defendants, judges, soldiers # actor: trotsky # mood: tense # id: 1906-trial.18
The court is guarded like a fortress. Soldiers and Cossacks fill the yard and the streets around it. Gendarmes with drawn swords stand behind the benches of the accused. # id: 1906-trial.19
There are more than fifty of you in the dock. About four hundred witnesses are called, and over two hundred come. # id: 1906-trial.20
Workers, factory owners, police officers, students and journalists take the stand one after another. Line by line, they rebuild the fifty days of the Soviet. # id: 1906-trial.21
Resolutions pour in from the factories. The workers of one big plant send a protest with more than two thousand names. If our deputies are guilty, they write, so are we. # id: 1906-trial.22
Your mother and father have come from the south to watch. Your mother smiles at you across the room and believes you will be set free. Your father says little. He looks at the guards. # id: 1906-trial.23
{
- workers_trust >= 5:
    Strangers in the gallery nod to you as you come in. Your name is known here. # id: 1906-trial.24
- workers_trust <= 0:
    The gallery is half empty. Outside these walls, few people seem to remember the Soviet. # speculation # id: 1906-trial.25
}
-> t1906_speech_day

=== t1906_speech_day ===
On 4 October it is your turn to speak. # place: petersburg-court # date: 1906-10-04 os # people: trotsky, defendants, judges # actor: trotsky # mood: tense # id: 1906-trial.26
The charge is that the Soviet prepared an armed rising against the state. The penalty could be hard labour. # id: 1906-trial.27
Your lawyers have a plan. Keep it dry and legal. Show that the Soviet never voted for a rising. Let the judges see young men who went too far, and perhaps they will be kind. # id: 1906-trial.28
Some of your comrades think the trial is a farce. Why speak to a court that has already made up its mind? # id: 1906-trial.29
You stand. The room goes quiet. Even the gendarmes turn to look at you. # decision: DP09 # id: 1906-trial.30
* [Defend the Soviet and its right to arm the workers #option: political # id: 1906-trial.31]
    ~ t1906_speech = "political"
    ~ workers_trust += 2
    ~ standing_bolshevik += 1
    ~ safety -= 1
    You begin with a legal point, and you make it plainly. # id: 1906-trial.32
    "The question of an armed rising ... occupied no place whatever on the agenda of the meetings of the Soviet of Workers' Deputies throughout the fifty days of its existence." # quote: Trotsky, My Speech before the Court, 4 October 1906, in 1905 (1907), Part Two # id: 1906-trial.33
    Then you turn the charge around. The Soviet did not plot a rising, you say. It prepared the people to defend themselves. # id: 1906-trial.34
    The state that accuses you let the pogrom gangs loose and shot down unarmed crowds. Against such a state, the workers had every right to arm. # id: 1906-trial.35
    You do not ask for mercy. When you sit down, some of the lawyers are wiping their eyes. # id: 1906-trial.36
* [Make a careful legal defence to cut the sentence #option: legal # id: 1906-trial.37]
    ~ t1906_speech = "legal"
    ~ safety += 1
    ~ workers_trust -= 1
    ~ standing_menshevik += 1
    You speak like a lawyer. The Soviet never voted for a rising. It only led strikes, which the law now allows. # speculation # id: 1906-trial.38
    The judges nod and take notes. In the gallery, a worker folds his arms and looks away. # speculation # id: 1906-trial.39
* [Refuse to speak to a court you do not recognise #option: boycott # id: 1906-trial.40]
    ~ t1906_speech = "boycott"
    ~ workers_trust += 1
    ~ unity -= 1
    ~ party_strength -= 1
    You say only that a court of the Tsar has no right to judge the workers' Soviet. Then you sit down. # speculation # id: 1906-trial.41
    The newspapers print two lines. The story of the Soviet goes untold in the courtroom. # speculation # id: 1906-trial.42
- Soon after, the defence offers proof from a former head of the police. Police officers themselves had printed leaflets calling for pogroms. The judges refuse to hear him. # id: 1906-trial.43
In protest, the accused refuse to come back into court. The trial goes on without you. # id: 1906-trial.44
-> t1906_sentence

=== t1906_sentence ===
On 2 November 1906 the sentence is read out. # place: petersburg-court # date: 1906-11-02 os # people: trotsky, defendants, judges # actor: trotsky # mood: grim # id: 1906-trial.45
Most of the accused are set free. A few get short prison terms. # id: 1906-trial.46
You and fourteen others are sentenced to exile in Siberia for life. You lose all your civil rights. You will never be allowed to return. # id: 1906-trial.47
{
- t1906_speech == "legal":
    Your careful speech has changed nothing. The sentence is the same as everyone else's. # speculation # presumes: DP09 = legal # id: 1906-trial.48
- t1906_speech == "boycott":
    Some comrades say your silence was brave. Others say you wasted the best stage you will ever have. # speculation # presumes: DP09 = boycott # id: 1906-trial.49
- else:
    Your speech is printed and read aloud in workers' clubs. Your name is known now far beyond St Petersburg. # presumes: DP09 = political # id: 1906-trial.50
}
In the gallery, your mother's hopes fall away. Your father says nothing at all. # id: 1906-trial.51
* [Go on # id: 1906-trial.52] -> t1906_road

=== t1906_road ===
February 1907. For weeks the prisoners have travelled east under guard. # place: berezov # date: 1907-02-18 os # people: trotsky, soldiers, reindeer-driver # actor: trotsky # mood: tense # id: 1906-trial.53
Before you left St Petersburg in January, you hid a false passport and some gold coins in the soles of your boots. # id: 1906-trial.54
The train takes you to Tyumen, in western Siberia. Then horse sleighs carry you north along the frozen rivers, day after day, past Tobolsk. # id: 1906-trial.55
Your sentence says Obdorsk, a trading post near the Arctic Circle, hundreds of kilometres further on. There is no railway and no road. The nearest town is weeks away. # id: 1906-trial.56
In February the convoy rests at Berezov, a village of log houses buried in snow. The air is so cold it hurts to breathe. # id: 1906-trial.57
A local man tells you of another way out. Follow the Sosva river west through the forest to the Ural mountains. There are mines there, and a little railway. # id: 1906-trial.58
You pretend to be ill. You complain of terrible pain in your back and limp everywhere. The local doctor lets you stay behind to rest when the convoy moves on. # id: 1906-trial.59
One night a sleigh waits at the edge of the village. Its driver is a Zyrian, a man of the northern forests. His reindeer stamp and steam in the dark. # id: 1906-trial.60
You lie under furs in the sleigh. For a week you cross the white, silent country. The driver drinks, sings and sometimes falls asleep. The reindeer keep going. # sfx: sleigh # id: 1906-trial.61
Nobody follows you. # id: 1906-trial.62
At last you reach the Urals and the narrow railway. You buy a ticket like any traveller. You hardly dare to breathe until the train pulls away. # id: 1906-trial.63
You send a telegram to Natalia. Soon you are together again, safe across the border in Finland. # sfx: telegraph # id: 1906-trial.64
* [Go on # id: 1906-trial.65] -> t1906_vienna

=== t1906_vienna ===
Vienna, 1909. Snow falls on the wide streets of the Austrian capital. # place: vienna-cafe # date: 1909-01-15 ns # people: trotsky, sedova # actor: trotsky # mood: calm # id: 1906-trial.66
You have lived here since 1907. You have two sons now, Lev and Sergei. Money is always short. # id: 1906-trial.67
In the afternoons you sit in a big café full of newspapers and chess boards. The air smells of coffee and cigars. Austrian socialists come and go. # id: 1906-trial.68
They are kind and clever, but they expect to win power slowly, through elections. Revolution seems far away to them. # id: 1906-trial.69
Since October 1908 you have run a small Russian paper for workers. It is called Pravda, "The Truth". It is printed cheaply and smuggled across the border into Russia. # id: 1906-trial.70
{
- b1904_choice == "bolsheviks":
    You joined Lenin's camp in 1904. Since the defeat of 1905 you have drifted apart from him: you think the party needs all its wings. # speculation # presumes: DP05 = bolsheviks # id: 1906-trial.71
- b1904_choice == "mensheviks":
    You stayed with the Mensheviks in 1904. Since the defeat of 1905 you have drifted away from them too. # speculation # presumes: DP05 = mensheviks # id: 1906-trial.72
}
Pravda is written in plain words. It belongs to no faction. Again and again, it calls on Bolsheviks and Mensheviks to unite. # id: 1906-trial.73
{unity >= 3: Party workers in Russia write to thank you. You are one of the few who still speak to both camps. # id: 1906-trial.74}
{lenin_trust <= 0: Lenin's friends call your paper a house for those who cannot make up their minds. # id: 1906-trial.75}
Russia seems very far away. But the quarrels of the party follow you even here. # id: 1906-trial.76
->->
