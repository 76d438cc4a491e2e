// Part 1903: the Second Congress of the RSDLP, Brussels then London, played as Trotsky.
// Decisions: DP04-bund, DP04a, DP04b, DP04c (played as Martov), DP04d (see record/1903.json).
// A tunnel: the three conclusions set side_1903 and the standings, then return with ->->.

// Whether Martov took his seat on the board of three (DP04c); read in this part only.
VAR c1903_martov_serves = false
// In class play only (the class is the congress): Lenin's wording of Paragraph 1 carried (DP04a).
VAR c1903_lenin_rules = false

=== congress_1903 ===
Brussels, July 1903. A cart rolls past a grey brick warehouse full of flour sacks. # place: brussels-warehouse # date: 1903-07-17 os # people: trotsky, plekhanov, lenin, martov, delegates # actor: trotsky # mood: hopeful # id: 1903-congress.1
You slip in through a side door. You are twenty-three years old. Your real name is Lev Bronstein, but your false passport says Trotsky. # id: 1903-congress.2
Not long ago you were an exile in Siberia. You got away hidden under hay in a peasant's cart. Now you are a delegate. You speak for the Siberian Union, the Social Democrats of Siberia. # id: 1903-congress.3
The hall is hot. White flour dust hangs in the air and sticks to every coat. Rats scratch behind the sacks. Fleas find your ankles within the hour. # id: 1903-congress.4
Some forty delegates sit on hard benches. They hold fifty-one votes between them. They have come in secret from all over the Russian Empire. # id: 1903-congress.5
They belong to the Russian Social Democratic Labour Party, or RSDLP. It was founded in 1898, but the police seized its leaders at once. This congress is meant to build it for real. # id: 1903-congress.6
Georgi Plekhanov opens the meeting. He is the father of Russian Marxism, a tall man with a proud voice. He says it is a joy to be alive at such a time. # id: 1903-congress.7
Most people here back Iskra, "The Spark". It is the party paper, printed abroad and smuggled into Russia in suitcases with false bottoms. You write for it. Lenin and Martov, two of its editors, sit near the front. # id: 1903-congress.8
* (bench) [Take the bench beside Martov # id: 1903-congress.9]
    Martov waves you over. He is thin and untidy, and cigarette ash dots his jacket. He whispers jokes about every speaker. You like him at once. # id: 1903-congress.10
    ~ martov_trust += 1
* (agenda) [Ask Lenin what comes first # id: 1903-congress.11]
    Lenin taps the agenda and tells you the Bund comes first. Settle that, he says, and the rest will follow. His eyes move on to the next delegate. # id: 1903-congress.12
    ~ lenin_trust += 1
- -> c1903_bund_debate

=== c1903_bund_debate ===
The first big fight is about the Bund. # place: brussels-warehouse # date: 1903-07-20 os # people: trotsky, liber, lenin, martov, delegates # actor: trotsky # mood: tense # id: 1903-congress.13
The Bund is the General Jewish Workers' Union. It was born in Vilna in 1897. Its members are Jewish workers in the towns of Lithuania, Poland and western Russia. # id: 1903-congress.14
It is the largest and best organised group in the whole party. It is not the oldest: Plekhanov's Emancipation of Labour group and the St Petersburg Union of Struggle came before it. # id: 1903-congress.15
The Bund has led strikes, printed leaflets in Yiddish, and trained men to defend their streets. # id: 1903-congress.16
This spring, in the town of Kishinev, a mob killed dozens of Jews while the police stood by. Nobody in this hall has forgotten it. # id: 1903-congress.17
Mark Liber speaks for the Bund. He is young and fierce. He asks for two things. # id: 1903-congress.18
First, the Bund must be the only voice of Jewish workers in the party, wherever they live. Second, the party must become a federation, a union of equal parts that each run their own affairs. # id: 1903-congress.19
The Iskra people say no. They want one party, with one committee in each town for every worker, whatever their language. # id: 1903-congress.20
Many of them are Jews themselves. Martov is. So are you. Your family spoke Russian and Ukrainian on their farm in the south. You do not speak Yiddish. # id: 1903-congress.21
The Bund's speakers ask who else has the right to speak for Jewish workers. Every eye turns to the Jews in the Iskra camp. # decision: DP04-bund # id: 1903-congress.22
* [Stand up: Jewish comrades outside the Bund speak for Jewish workers too #option: oppose # id: 1903-congress.23]
    ~ bund_stance = "oppose"
    ~ lenin_trust += 1
    ~ martov_trust += 1
    ~ standing_bolshevik += 1
    ~ standing_menshevik += 1
    ~ party_strength += 1
    You stand up. Your heart is racing, but your voice is steady. # id: 1903-congress.24
    You say that you are a Jew, and so are many comrades who work in the all-Russian party. They also speak for the Jewish worker. Nobody gave the Bund the sole right to do so. # id: 1903-congress.25
    You think of Kishinev as you speak. Only the whole working class, Russian and Jewish side by side, can stop the next pogrom. # id: 1903-congress.26
    The Bund delegates do not clap. The Iskra benches do. Martov grips your arm as you sit down. # id: 1903-congress.27
* [Back the Bund's demand for a federal party #option: support # id: 1903-congress.28]
    ~ bund_stance = "support"
    ~ lenin_trust -= 2
    ~ martov_trust -= 1
    ~ standing_bolshevik -= 1
    ~ unity += 2
    ~ workers_trust += 1
    You stand up and say the Bund has earned its place. It has the members and the courage. Let it run its own affairs. # speculation # id: 1903-congress.29
    The hall goes very quiet. Liber looks at you in surprise, then gives a small bow. # speculation # id: 1903-congress.30
    Lenin writes something down and does not look up. Your words move few votes. Most Iskra delegates still say no. # speculation # id: 1903-congress.31
* [Stay silent and let others argue #option: silent # id: 1903-congress.32]
    ~ bund_stance = "silent"
    ~ lenin_trust -= 1
    ~ unity += 1
    You keep your seat. Martov answers the Bund instead, sharp and clever as always. # speculation # id: 1903-congress.33
    At the break, Lenin stops beside you. "You had something to say," he remarks. "Next time, say it." # speculation # id: 1903-congress.34
- The debate runs on for days. The final vote will come later, in another country. # id: 1903-congress.35 -> c1903_brussels_police

=== c1903_brussels_police ===
The Belgian police have been watching the warehouse. # place: brussels-street # date: 1903-07-24 os # people: trotsky, delegates # actor: trotsky # mood: tense # id: 1903-congress.36
Men in bowler hats read the same newspaper outside your café for hours. The Russian embassy wants the congress gone. The Okhrana, the Tsar's secret police, pays spies in every city where Russians meet. # id: 1903-congress.37
One delegate is arrested and thrown out of Belgium. The police warn others to leave within a day. The leaders decide to move the whole congress to London. The English police ask fewer questions. # id: 1903-congress.38
* (left_early) [Leave that night, alone, by the first train to the coast # id: 1903-congress.39]
    You pack in ten minutes and leave by the back stairs. Nobody follows you to the station. # id: 1903-congress.40
    ~ safety += 1
* (saw_off) [Stay one more night to see the others off # id: 1903-congress.41]
    You walk three comrades to their trains. A man in a bowler hat writes down your face. You will not forget his. # id: 1903-congress.42
    ~ safety -= 1
    ~ unity += 1
- The boat crosses the grey Channel at dawn. Most of the delegates are seasick. You stand at the rail and watch England rise out of the fog. # id: 1903-congress.43 -> c1903_london_congress

=== c1903_london_congress ===
London is huge, loud and full of smoke. # place: london-hall # date: 1903-07-29 os # people: trotsky, lenin, martov, krupskaya, delegates # actor: trotsky # mood: calm # id: 1903-congress.44
The congress meets again in borrowed rooms. One of them is a hall of the English Club. A British constable strolls past the door and does not even look in. # id: 1903-congress.45
Nadezhda Krupskaya, Lenin's wife, keeps the lists and the addresses. She knows where every delegate sleeps and who has money for bread. # id: 1903-congress.46
{c1903_brussels_police.left_early: You reached London a day before most of the others, and had the first pick of the cheap rooms. # id: 1903-congress.47}
{c1903_brussels_police.saw_off: The three comrades you saw off in Brussels find you in London and thank you. They are your friends now. # id: 1903-congress.48}
In the evenings, small groups argue in cheap cafés until the owners throw them out. The talk is all about the party rules that come next. # id: 1903-congress.49
{
- bund_stance == "oppose":
    People still talk about your reply to the Bund. Some admire it. The Bund men do not. # presumes: DP04-bund = oppose # id: 1903-congress.50
- bund_stance == "support":
    Some Iskra men keep a polite distance from you now. The Bund delegates greet you warmly. # speculation # presumes: DP04-bund = support # id: 1903-congress.51
}
* (river) [Walk with Lenin by the river # id: 1903-congress.52]
    Lenin walks fast and asks question after question. How many workers in Siberia? Who can be trusted? He seems to weigh every answer. # id: 1903-congress.53
    ~ lenin_trust += 1
* (cafe) [Spend the evening with Martov in a smoky café # id: 1903-congress.54]
    Martov talks until midnight about the old days in Vilna and the first strikes. He makes the party sound like a family. # id: 1903-congress.55
    ~ martov_trust += 1
- -> c1903_paragraph_one

=== c1903_paragraph_one ===
Now comes Paragraph 1 of the party rules. It asks one simple question: who counts as a member? # place: london-hall # date: 1903-08-02 os # people: trotsky, lenin, martov, plekhanov, axelrod, delegates # actor: trotsky # mood: tense # id: 1903-congress.56
Lenin's wording is strict. A member must belong to one of the party's organisations and work inside it, under its orders. # id: 1903-congress.57
Martov's wording is looser. A member must accept the programme and give the party regular help, under the direction of one of its organisations. # id: 1903-congress.58
The gap looks tiny on paper. It is not. Lenin wants a tight team of full-time revolutionaries. Martov wants to keep the door open to students, strikers and friends who help when they can. # id: 1903-congress.59
Plekhanov backs Lenin. Pavel Axelrod, one of the oldest editors of Iskra, backs Martov. Your friends in the hall are split down the middle. # id: 1903-congress.60
Lenin says the difference is real, but it will not kill the party. # id: 1903-congress.61
"We shall certainly not perish because of an unfortunate clause in the Rules!" # quote: Lenin, Second Speech in the Discussion on the Party Rules, Second Congress of the RSDLP, 1903 (Collected Works, vol. 6) # id: 1903-congress.62
{lenin_trust >= 3: During the break, Lenin catches your eye. He clearly hopes you will vote with him. # id: 1903-congress.63}
{martov_trust >= 3: Martov catches your eye across the benches. He is counting on you. # id: 1903-congress.64}
{c1903_london_congress.river: On your walk by the river, Lenin asked who could be trusted. Now he is counting who will vote with him. # id: 1903-congress.65}
{c1903_london_congress.cafe: In the café, Martov made the party sound like a family. Tonight the family votes. # id: 1903-congress.66}
{in_class(): -> c1903_paragraph_one_class}
The chairman calls the vote. It is taken name by name. # decision: DP04a # sfx: gavel # id: 1903-congress.67
* [Vote for Martov's looser wording #option: martov # id: 1903-congress.68]
    ~ para1_vote = "martov"
    ~ martov_trust += 2
    ~ lenin_trust -= 1
    ~ standing_menshevik += 2
    ~ workers_trust += 1
    You speak for Martov's wording. A party, you say, must not shut out the workers it wants to lead. # id: 1903-congress.69
    In his reply, Lenin says you have missed the point of the whole debate. He says it calmly. That makes it sting more. # id: 1903-congress.70
    Then you vote with Martov. Martov wins, 28 votes to 22, with one vote held back. Some later accounts say 28 to 23. # id: 1903-congress.71
* [Vote for Lenin's strict wording #option: lenin # id: 1903-congress.72]
    ~ para1_vote = "lenin"
    ~ lenin_trust += 2
    ~ martov_trust -= 2
    ~ standing_bolshevik += 2
    ~ party_strength += 1
    You vote for Lenin's wording. Martov turns in his seat and stares at you. # speculation # id: 1903-congress.73
    One vote does not change the result. Martov still wins, 27 to 23. # speculation # id: 1903-congress.74
    That night Lenin shakes your hand for a long time. Martov leaves the café early. # speculation # id: 1903-congress.75
* [Hold back your vote #option: abstain # id: 1903-congress.76]
    ~ para1_vote = "abstain"
    ~ lenin_trust -= 1
    ~ martov_trust -= 1
    ~ unity += 1
    You hold back your vote. Both sides look at you as if you had left the room. # speculation # id: 1903-congress.77
    Martov still wins, 27 to 22, with two votes held back. # speculation # id: 1903-congress.78
- Martov has won the vote. He has also made an enemy of his oldest friend. # id: 1903-congress.79 -> c1903_walkout

=== c1903_walkout ===
Three days later the congress turns to the Bund's demands once more. # place: london-hall # date: 1903-08-05 os # people: trotsky, liber, akimov, martynov, lenin, martov, delegates # actor: trotsky # mood: grim # id: 1903-congress.80
The vote is not close. The hall says no to a federal party, and no to the Bund as sole voice of Jewish workers. # id: 1903-congress.81
The five Bund delegates stand up. They say that the Bund is leaving the party. They gather their papers and walk out together. # id: 1903-congress.82
They came to help build the party, and they leave with their heads high. Back home, their members will go on organising the workshops and guarding the streets against the pogrom gangs. # id: 1903-congress.83
{
- bund_stance == "oppose":
    You helped win this vote. You still believe you were right. Yet the empty bench hurts more than you expected. # presumes: DP04-bund = oppose # id: 1903-congress.84
- bund_stance == "support":
    You voted with the Bund to the end. Liber shakes your hand at the door. "Not everyone here is deaf," he says. # speculation # presumes: DP04-bund = support # id: 1903-congress.85
- else:
    You watch them go and wonder whether one more voice might have changed the mood of the hall. # speculation # presumes: DP04-bund = silent # id: 1903-congress.86
}
Next the congress shuts down the Union of Russian Social Democrats Abroad. It was the home of the Economists, who told workers to fight for bread and wages first and leave politics for later. Their paper was Rabocheye Delo, "Workers' Cause". # id: 1903-congress.87
Its two delegates, Vladimir Akimov and Alexander Martynov, walk out as well. # id: 1903-congress.88
Then the sums change. Seven votes are gone, and nearly all of them had sided with Martov on Paragraph 1. Lenin's side now holds a small majority. # id: 1903-congress.89
-> c1903_board_election

=== c1903_board_election ===
The last big fight is about Iskra itself. # place: london-hall # date: 1903-08-07 os # people: trotsky, lenin, martov, plekhanov, axelrod, zasulich, potresov, delegates # actor: trotsky # mood: tense # id: 1903-congress.90
Iskra has six editors. Plekhanov, Axelrod and Vera Zasulich are the veterans. In 1878 Zasulich shot the city governor of St Petersburg, and a jury set her free. Lenin, Martov and Alexander Potresov are the younger three. # id: 1903-congress.91
Lenin's plan is to elect only three: Plekhanov, Lenin and Martov. Axelrod, Zasulich and Potresov would be dropped. # id: 1903-congress.92
Lenin says six people quarrel too much to run a paper. Martov calls it a purge of old comrades, done for power. # id: 1903-congress.93
The six editors are asked to leave the room while the delegates decide. # decision: DP04b # id: 1903-congress.94
* [Fight to keep all six, and refuse to vote if you lose #option: keep-six # id: 1903-congress.95]
    ~ board_vote = "keep-six"
    ~ martov_trust += 2
    ~ lenin_trust -= 2
    ~ standing_menshevik += 2
    ~ unity += 1
    You propose that the old board of six be confirmed, in a secret vote. The hall turns down a secret vote, 19 to 17, with three holding back. # id: 1903-congress.96
    Your proposal to keep all six fails too. The board of three is then elected by paper ballot. # id: 1903-congress.97
    You and about twenty of Martov's friends refuse to hand in any paper at all. # id: 1903-congress.98
* [Vote for the board of three #option: three # id: 1903-congress.99]
    ~ board_vote = "three"
    ~ lenin_trust += 2
    ~ standing_bolshevik += 2
    ~ martov_trust -= 2
    ~ unity -= 1
    You vote for three editors. Lenin's side wins by one more vote than it would have. # speculation # id: 1903-congress.100
    Martov does not look at you again that day. # speculation # id: 1903-congress.101
* [Hand in a blank paper #option: blank # id: 1903-congress.102]
    ~ board_vote = "blank"
    ~ unity += 1
    ~ lenin_trust -= 1
    ~ martov_trust -= 1
    You hand in a blank paper. It counts for nobody. # speculation # id: 1903-congress.103
    The board of three is elected. Martov says a blank paper is still a kind of vote. He does not say it kindly. # speculation # id: 1903-congress.104
- The editors come back in and hear the result. Some of the oldest fighters in the party have just been voted out of their own paper. # id: 1903-congress.105
Lenin's side has won the votes on the paper, and it will win the vote on the Central Committee too. After these votes his friends start to call themselves the majority, in Russian the Bolsheviki. Martov's friends become the minority, the Mensheviki. # id: 1903-congress.106
-> c1903_martov_choice

=== c1903_martov_choice ===
Now step into another man's shoes. You are Julius Martov, twenty-nine years old, in the same hot London hall. # place: london-hall # date: 1903-08-07 os # people: martov, lenin, plekhanov, axelrod, zasulich, potresov, delegates # actor: martov # mood: grim # id: 1903-congress.107
The congress is voting you onto the new board of three, with Plekhanov and Lenin. Axelrod, Zasulich and Potresov are out. # id: 1903-congress.108
Lenin was your closest friend. You founded Iskra together. Now his side has the votes, but only because the Bund and the Economists walked out. # id: 1903-congress.109
The congress will also elect the Central Committee, the small group that runs the party's work inside Russia. Lenin's supporters expect to fill all three seats. # id: 1903-congress.110
If you sit on the board, you are one against two. If you refuse, the paper loses its best-known editor, and the split is out in the open. # id: 1903-congress.111
Zasulich looks at you across the hall. She has given more than thirty years to the movement. Axelrod sits very still. # decision: DP04c # id: 1903-congress.112
* [Refuse to serve on the board of three #option: refuse # id: 1903-congress.113]
    ~ c1903_martov_serves = false
    ~ unity -= 1
    You stand up. You say that you will not take a seat that was made by throwing out your old comrades. To accept would be a stain on your name. # id: 1903-congress.114
    Lenin answers coolly. The congress, he says, has the right to elect its editors. To call the vote an insult is to mix up politics with hurt feelings. # id: 1903-congress.115
    The Central Committee is elected with Lenin's men alone. Most of the minority do not vote at all. # id: 1903-congress.116
* [Take your seat and fight from inside #option: serve # id: 1903-congress.117]
    ~ c1903_martov_serves = true
    ~ unity += 1
    ~ party_strength += 1
    You swallow your anger. You say you will serve, because the paper belongs to the party, not to any one man. # speculation # id: 1903-congress.118
    Lenin nods, surprised. Plekhanov smiles for the first time in days. Axelrod does not look at you. # speculation # id: 1903-congress.119
    Your friends feel betrayed. Still, the paper keeps its editors on speaking terms, for now. # speculation # id: 1903-congress.120
- Now step back into your own shoes. You are Trotsky again. # actor: trotsky # id: 1903-congress.121
-> c1903_after_congress

=== c1903_after_congress ===
On 10 August, by the Russian calendar, the congress closes. # place: london-room # date: 1903-08-10 os # people: trotsky, martov, lenin, krupskaya # actor: trotsky # mood: grim # id: 1903-congress.122
It came to build one party. It leaves two camps that can hardly speak to each other. # id: 1903-congress.123
You sit in a rented room with a cracked window. Rain drips into a tin basin. You must choose where you stand. # id: 1903-congress.124
{congress_1903.bench: On the first morning in Brussels you took the bench beside Martov. It feels like years ago. # id: 1903-congress.125}
{congress_1903.agenda: On the first morning in Brussels you asked Lenin what came first. Now you know what came last. # id: 1903-congress.126}
{
- c1903_martov_serves:
    Martov sits on the board with Lenin and Plekhanov. Even so, his friends meet every night in secret and call Lenin a dictator. The two camps are still there. # speculation # presumes: DP04c = serve # id: 1903-congress.127
- else:
    Martov refused his seat. Iskra is now in the hands of Lenin and Plekhanov alone. # presumes: DP04c = refuse # id: 1903-congress.128
}
{
- martov_trust >= 4:
    Martov comes first. He begs you to stay with the minority. The fight, he says, is for the soul of the party. # id: 1903-congress.129
- martov_trust >= 1:
    Martov sends a short note. The minority will meet in Geneva. He hopes you will come. # id: 1903-congress.130
- else:
    Martov does not come. His friends say you have made your choice already. # id: 1903-congress.131
}
{
- lenin_trust >= 4:
    Krupskaya brings a message from Lenin. He still wants you on his side. He says you will see he was right. # id: 1903-congress.132
- lenin_trust >= 1:
    Lenin sends word through Krupskaya. The door is open, if you accept the decisions of the congress. # id: 1903-congress.133
- else:
    From Lenin, nothing. Krupskaya passes you on the stairs and only nods. # id: 1903-congress.134
}
{c1903_lenin_rules: Lenin's wording of Paragraph 1 now stands in the party's rules. Martov's friends say the door has been shut on the workers. # speculation # id: 1903-congress.135}
{unity >= 3: A few tired delegates from both camps ask you to help patch things up. You have a name now as someone who can talk to both sides. # id: 1903-congress.136}
Outside, London goes on with its business. Inside, your whole future feels balanced on one answer. # decision: DP04d # id: 1903-congress.137
* [Join Martov's minority, the Mensheviks #option: mensheviks # id: 1903-congress.138]
    ~ side_1903 = "mensheviks"
    ~ standing_menshevik += 2
    ~ standing_bolshevik -= 2
    ~ lenin_trust -= 2
    ~ martov_trust += 1
    -> c1903_end_menshevik
* [Join Lenin's majority, the Bolsheviks #option: bolsheviks # id: 1903-congress.139]
    ~ side_1903 = "bolsheviks"
    ~ standing_bolshevik += 2
    ~ standing_menshevik -= 2
    ~ martov_trust -= 2
    -> c1903_end_bolshevik
* [Stand with neither side and work to unite them #option: neutral # id: 1903-congress.140]
    ~ side_1903 = "neutral"
    ~ unity += 2
    ~ standing_bolshevik -= 1
    ~ standing_menshevik -= 1
    -> c1903_end_neutral

=== c1903_end_menshevik ===
You go with Martov. # place: london-room # date: 1903-08-10 os # people: trotsky, martov # actor: trotsky # mood: grim # id: 1903-congress.141
Within weeks you write a report for your Siberian comrades. It blames Lenin, more than anyone, for the split. Your pen is sharp and you do not hold back. # id: 1903-congress.142
In September the minority meets in Geneva and sets up its own small leading group. You are one of its five members. # id: 1903-congress.143
{
- para1_vote == "lenin":
    Some Mensheviks have not forgotten your vote on Paragraph 1. They watch you closely. # speculation # presumes: DP04a = lenin # id: 1903-congress.144
}
{lenin_trust <= 0: Lenin now speaks of you as an enemy of the party he wants to build. # id: 1903-congress.145}
{
- board_vote == "three":
    You voted for the board of three, and now you join the men it threw out. Martov's friends take note of it. # speculation # presumes: DP04b = three # id: 1903-congress.146
- else:
    Many years later, Trotsky will write that his whole being rose up against cutting the old editors away. # presumes: DP04b != three # id: 1903-congress.147
    "My whole being seemed to protest against this merciless cutting off of the older ones." # quote: Trotsky, My Life (1930), ch. 12 # id: 1903-congress.148
    In that same book he will add that Lenin was right on the politics. But that day is far away. # presumes: DP04b != three # id: 1903-congress.149
}
For now, you have chosen the minority. # id: 1903-congress.150
->->

=== c1903_end_bolshevik ===
You go with Lenin. # place: london-room # date: 1903-08-10 os # people: trotsky, lenin, krupskaya # actor: trotsky # mood: hopeful # id: 1903-congress.151
{
- lenin_trust >= 4:
    Lenin grips your hand. He puts you to work on Iskra at once, writing for the majority. # speculation # id: 1903-congress.152
- else:
    Lenin accepts you, but coolly. You will have to prove yourself to him all over again. # speculation # id: 1903-congress.153
}
{
- martov_trust >= 3:
    Martov writes you a hurt letter. You read it twice and do not answer. # speculation # id: 1903-congress.154
}
{
- bund_stance == "support":
    Some of Lenin's men still whisper about your speech for the Bund. # speculation # presumes: DP04-bund = support # id: 1903-congress.155
}
Old friends cross the street when they see you. You gain a leader and lose a circle of friends. The split goes on either way. # speculation # id: 1903-congress.156
You have chosen the majority, the road the real Trotsky did not take in 1903. # speculation # presumes: DP04d = bolsheviks # id: 1903-congress.157
->->

=== c1903_end_neutral ===
You refuse to join either camp. # place: london-room # date: 1903-08-10 os # people: trotsky # actor: trotsky # mood: calm # id: 1903-congress.158
You write to both sides and beg them to meet, to share the paper, to stop the name-calling. # speculation # id: 1903-congress.159
{
- unity >= 4:
    A few delegates answer you kindly. They say your name stands for peace in the party. # speculation # id: 1903-congress.160
}
Both camps find you useful and neither trusts you. Lenin's friends say you sit between two chairs. Martov's friends call you soft on Lenin. # speculation # id: 1903-congress.161
{
- workers_trust >= 1:
    In Russia, a few workers' circles read your letters and hope you are right. # speculation # id: 1903-congress.162
}
The split does not heal this year. But you have kept your own voice, and you will need it. # speculation # id: 1903-congress.163
->->

// ---- Class play: the class is the congress ------------------------------------------------------
// When a class plays this part (in_class()), the vote on Paragraph 1 is the class's: the game counts
// each faction's seats (classroom/episodes.json, "bodies") and plays the option that won. (The board
// vote stays Trotsky's own choice: the record's DP04b is what he did, not what the congress decided.)

=== c1903_paragraph_one_class ===
The chairman calls the vote. It is taken name by name, and every hand in the hall counts. # decision: DP04a # sfx: gavel # id: 1903-congress.164
* [The congress adopts Martov's looser wording #option: martov # id: 1903-congress.165]
    Martov's wording carries. A member is anyone who accepts the programme and gives the party regular help. # id: 1903-congress.166
    Lenin says the door is now open to every talker in Russia. He says it calmly. That makes it sting more. # id: 1903-congress.167
    Martov has won the vote. He has also made an enemy of his oldest friend. # id: 1903-congress.168
* [The congress adopts Lenin's strict wording #option: lenin # id: 1903-congress.169]
    ~ c1903_lenin_rules = true
    Lenin's wording carries. A member must belong to one of the party's organisations and work inside it. # speculation # id: 1903-congress.170
    Martov sits very still. He had counted on the Bund, the Economists and the undecided, and the count went the other way. # speculation # id: 1903-congress.171
    Lenin has won the first big vote of the congress. His friends now hope to win every vote that follows. # speculation # id: 1903-congress.172
- -> c1903_walkout
