// Part 1917 October: the Bolshevik Central Committee vote, the Military Revolutionary Committee,
// the rising of 24-25 October and the Second Congress of Soviets. The last part of the chapter:
// it ends the story with one of the endings of record/endings.json.
// Decisions: DP18 (actor: cc-member), DP19, DP20, DP21 (actor: trotsky). See record/1917-october.json.

// How the Central Committee member voted on 10 October (DP18): "for", "against" or "wait-congress".
VAR o1917_cc_vote = ""
// How Trotsky won the Peter and Paul Fortress (DP19): "speak" or "force".
VAR o1917_fortress_way = ""
// What the Military Revolutionary Committee did on 24 October (DP20): "seize", "defend" or "storm".
VAR o1917_rising_plan = ""
// Trotsky's answer to Martov at the Congress of Soviets (DP21): "reject", "all-socialist" or "left-sr".
VAR o1917_govt = ""
// How many things went against the rising; read by o1917_outcome to choose the ending.
VAR o1917_risk = 0

=== october_1917 ===
Petrograd, 10 October 1917. Cold rain drums on the windows of a flat on the Karpovka embankment. # place: sukhanov-flat # date: 1917-10-10 os # people: cc-member, lenin, trotsky, kamenev, zinoviev # actor: cc-member # mood: tense # id: 1917-october.1
For this scene you are not Trotsky. You are a member of the Bolshevik Central Committee, the party's small leading group. You are not one real person. You are made up from several of the members who sat in this room, so that you can see the vote from inside. # id: 1917-october.2
The flat belongs to Nikolai Sukhanov, a left-wing Menshevik writer. He is out tonight. His wife, a Bolshevik, has made sure of it. # id: 1917-october.3
Twelve members squeeze around the dining table. There are glasses of weak tea and a plate of black bread. The curtains are drawn. # id: 1917-october.4
A stranger comes in, clean-shaven, in a wig. Only when he speaks do you know him. It is Lenin, back from hiding in Finland. # id: 1917-october.5
Lenin talks for an hour. The masses are with us, he says. The peasants are seizing the land. The army is falling apart. If we wait, Kerensky may hand the capital to the Germans, or another Kornilov may strike. # id: 1917-october.6
Armed insurrection, he says, is now the order of the day. # id: 1917-october.7
Lev Kamenev and Grigory Zinoviev shake their heads. They are old friends of Lenin, and his closest helpers for years. # id: 1917-october.8
They say the party is growing fast without a rising. It can win a large share of the seats in the Constituent Assembly, the elected parliament that is due to meet soon. A rising now could be crushed, and the party with it. # id: 1917-october.9
Trotsky sits near the window with his arms folded. He wants a rising too. But he wants it to come from the Soviet, not from the party alone, and to be tied to the Second Congress of Soviets, which is due to meet on 20 October, ten days from now. # id: 1917-october.10
Someone asks how many soldiers will really fight. Lenin answers that enough will, and that more will come when they see the party act. # id: 1917-october.11
Kamenev answers the other way. Wait for the Constituent Assembly, he says, with the Soviets beside it. Power can come by votes, not bullets. # id: 1917-october.12
{in_class(): -> o1917_cc_class}
The talk goes on for hours. Late in the night, Lenin writes the resolution in pencil on a page from a child's school notebook. # decision: DP18 # id: 1917-october.13
* [Vote for the insurrection #option: for # id: 1917-october.14]
    ~ o1917_cc_vote = "for"
    ~ party_strength += 1
    ~ lenin_trust += 1
    You raise your hand with Lenin. Trotsky's hand goes up too. Ten hands in all. # id: 1917-october.15
    Kamenev and Zinoviev vote against. The resolution passes, 10 votes to 2. # id: 1917-october.16
* [Vote against, with Kamenev and Zinoviev #option: against # id: 1917-october.17]
    ~ o1917_cc_vote = "against"
    ~ party_strength -= 1
    ~ unity += 1
    You keep your hand down with Kamenev and Zinoviev. Lenin's eyes fix on you. # speculation # id: 1917-october.18
    The resolution still passes, 9 votes to 3. The minority has grown by one, and everyone in the room has noticed. # speculation # id: 1917-october.19
* [Say the rising must wait for the Congress of Soviets, and hold back your vote until it does #option: wait-congress # id: 1917-october.20]
    ~ o1917_cc_vote = "wait-congress"
    ~ workers_trust += 1
    ~ lenin_trust -= 1
    You say you are for a rising, but only one the Soviet leads, timed for its Congress. Until that is agreed, you will not vote. # speculation # id: 1917-october.21
    Trotsky nods slowly. Lenin says any delay is a crime. The resolution passes, 9 votes to 2, with you holding back. # speculation # id: 1917-october.22
- The members leave one by one, into the grey morning. The date of the rising is still not fixed. # id: 1917-october.23
-> o1917_mrc

=== o1917_mrc ===
Smolny, on the eve of the Congress. The corridors are so long that messengers run down them, under bare electric bulbs. # place: smolny # date: 1917-10-21 os # people: trotsky, lazimir, soldiers, red-guards # actor: trotsky # mood: tense # view: corridor # id: 1917-october.24
You are Trotsky again, chairman of the Petrograd Soviet. The day after the vote at Sukhanov's flat, Kamenev and Zinoviev sent a letter to the party's committees, warning them against the rising. A week later, Kamenev spoke against it in a newspaper. Now the whole city knows what is coming. # id: 1917-october.25
On 16 October the Soviet set up a Military Revolutionary Committee. Its job, on paper, is to defend the capital. The government wants to send much of the garrison to the front. The soldiers fear it is a trick to get rid of them. # id: 1917-october.26
The committee is formally chaired by a young Left SR, Pavel Lazimir. The Left SRs are the left wing of the peasants' party, and they are close to the Bolsheviks now. But everyone knows who leads. You lead, as chairman of the Soviet. # id: 1917-october.27
Messengers run in and out all day. Men sleep on newspapers in the corridors. The building smells of wet wool, tobacco and boot grease. # id: 1917-october.28
The committee sends its own commissars to every regiment. Today the garrison's delegates vote to obey only orders signed by the committee. # id: 1917-october.29
{
- o1917_cc_vote == "against":
    Lenin sends furious notes from hiding. The vote was closer than he wanted, and he fears the party will lose its nerve. # speculation # presumes: DP18 = against # id: 1917-october.30
- o1917_cc_vote == "wait-congress":
    Lenin complains that the committee is waiting for the Congress. But the date of the Congress is now the date everyone is working towards. # speculation # presumes: DP18 = wait-congress # id: 1917-october.31
}
* (answer_lenin) [Argue in the Central Committee for the Congress date # id: 1917-october.32]
    ~ lenin_trust += 1
    Lenin's notes from hiding all say the same thing: do not wait for the Congress. In the Central Committee you argue that the Congress is the best cover a rising could have. # id: 1917-october.33
* (answer_martov) [Answer Martov in the Soviet # id: 1917-october.34]
    ~ martov_trust += 1
    Martov says in the Soviet that a rising is being prepared behind its back. You answer that it is the Soviet itself that is preparing to defend the city. # id: 1917-october.35
- One thing still worries the committee. The Peter and Paul Fortress, across the river, holds an arsenal full of rifles. Its garrison has not said which side it is on. # id: 1917-october.36
-> o1917_fortress

=== o1917_fortress ===
The fortress squats on its island in the Neva, behind thick walls of granite. Its golden spire disappears into low cloud. # place: peter-paul-fortress # date: 1917-10-23 os # people: trotsky, soldiers # actor: trotsky # mood: tense # id: 1917-october.37
The soldiers here are cautious. Their committee talks of staying neutral. Some of the cyclists, a bicycle battalion in the fortress, lean towards the government. # id: 1917-october.38
The fortress guns look straight across the water at the Winter Palace. Whoever holds them holds the middle of the city. # id: 1917-october.39
At Smolny, Vladimir Antonov-Ovseenko, a Bolshevik officer on the committee, proposes sending a reliable battalion to disarm the fortress garrison. It would be quick, he says, if nobody shoots. # id: 1917-october.40
You have a different idea. You could go there yourself and speak to the soldiers. If they shout you down, you could be arrested, or worse. # decision: DP19 # id: 1917-october.41
* [Go to the fortress yourself and win the soldiers at a meeting #option: speak # id: 1917-october.42]
    ~ o1917_fortress_way = "speak"
    ~ workers_trust += 1
    ~ safety -= 1
    ~ lenin_trust += 1
    You cross the bridge in the afternoon. Inside the walls, hundreds of soldiers crowd together in grey greatcoats. Nobody is sure what will happen. # id: 1917-october.43
    You talk to them plainly, about land and peace and the Soviet. Speakers for the government answer you. Then you speak again. # id: 1917-october.44
    When the vote comes, the garrison backs the Military Revolutionary Committee. The arsenal doors are open to the Red Guards. # id: 1917-october.45
* [Send an armed detachment to take the fortress #option: force # id: 1917-october.46]
    ~ o1917_fortress_way = "force"
    ~ o1917_risk += 1
    ~ workers_trust -= 1
    The detachment marches in at dusk, rifles loaded. The garrison is outnumbered, and most men hand over their weapons. # speculation # id: 1917-october.47
    But a few soldiers barricade themselves in a barracks, and shots are fired before they give up. No one is killed, but the whole city hears the story by morning. # speculation # id: 1917-october.48
    The fortress is yours. Its soldiers obey, but they do not trust you. # speculation # id: 1917-october.49
- Next comes the city itself. # id: 1917-october.50
-> o1917_rising

=== o1917_rising ===
Before dawn on 24 October, Kerensky strikes first. # place: smolny # date: 1917-10-24 os # people: trotsky, lazimir, red-guards, soldiers, kronstadt-sailors # actor: trotsky # mood: tense # id: 1917-october.51
Military cadets, the junkers, raid the Bolshevik printing press and seize the papers. The government orders the bridges over the Neva raised, to cut the workers' districts off from the centre. Kerensky talks of arresting the members of your committee. # id: 1917-october.52
Your committee sends soldiers to reopen the press. By late morning the Bolshevik paper is on sale again. # id: 1917-october.53
Smolny fills up with armed men. Machine guns stand on the landings. The Aurora is ordered by the government to leave the city. Its crew refuses and anchors near the Nikolaevsky Bridge instead. # id: 1917-october.54
In the evening, Lenin sends a note to the Central Committee from his hiding place. He cannot bear to wait. # id: 1917-october.55
"The government is tottering. It must be given the death-blow at all costs." # quote: Lenin, Letter to Central Committee Members, 24 October 1917 (Collected Works, vol. 26) # id: 1917-october.56
The Congress of Soviets opens tomorrow evening. What does the committee do tonight? # decision: DP20 # id: 1917-october.57
* [Take the bridges, stations, telephone exchange and State Bank tonight, quietly #option: seize # id: 1917-october.58]
    ~ o1917_rising_plan = "seize"
    ~ lenin_trust += 1
    ~ party_strength += 1
    Through the night, small groups of Red Guards, sailors and soldiers move out from Smolny. There is little shooting. # id: 1917-october.59
    They lower the bridges. They take the railway stations, the telephone exchange, the power stations and the State Bank. Often a handful of men simply walk in and replace the guards. # id: 1917-october.60
* [Defend Smolny and the press, and let the Congress decide on power #option: defend # id: 1917-october.61]
    ~ o1917_rising_plan = "defend"
    ~ o1917_risk += 1
    ~ martov_trust += 1
    ~ lenin_trust -= 1
    You keep the committee on the defensive. Guard Smolny, guard the press, and wait for the Congress. # speculation # id: 1917-october.62
    The cadets hold the telephone exchange and two of the bridges through the night. Kerensky has time to call for troops from the front. # speculation # id: 1917-october.63
* [Storm the Winter Palace tonight and arrest the ministers at once #option: storm # id: 1917-october.64]
    ~ o1917_rising_plan = "storm"
    ~ o1917_risk += 1
    ~ lenin_trust += 2
    ~ safety -= 1
    You send the Red Guards straight at the palace, in the dark, before the rest of the city is secured. # speculation # id: 1917-october.65
    They run into machine guns at the palace gates and fall back. Some are wounded. The cadets dig in deeper. # speculation # id: 1917-october.66
- The night is long. Telephones ring in every room of Smolny, and messengers come and go until dawn. # id: 1917-october.67
At 10 o'clock on the morning of 25 October, the committee announces that the Provisional Government has been overthrown. # date: 1917-10-25 os # mood: hopeful # id: 1917-october.68
{
- o1917_rising_plan != "seize":
    The words run ahead of the facts. Parts of the city are still in the government's hands. # speculation # presumes: DP20 = defend/storm # id: 1917-october.69
}
That morning Kerensky leaves the city by car, to look for loyal troops at the front. # id: 1917-october.70
His ministers stay in the Winter Palace. Military cadets, a company from a women's battalion and some Cossacks guard them. Many of the defenders drift away during the day. # id: 1917-october.71
-> o1917_congress

=== o1917_congress ===
At twenty to eleven that night, the Second Congress of Soviets opens in the great white hall of Smolny. # place: smolny # date: 1917-10-25 os # people: trotsky, martov, lenin, congress-delegates # actor: trotsky # mood: tense # time: night # id: 1917-october.72
The hall is packed and full of smoke. Delegates in soldiers' greatcoats and workers' jackets stand on the window sills. Through the windows comes the boom of guns from the river. # id: 1917-october.73
At about twenty to ten the Aurora fired a single blank shot as a signal. Later the fortress guns fire live shells at the palace. Most of them miss. # id: 1917-october.74
Some books say sixty per cent of the delegates are Bolsheviks. That is the Bolsheviks' own later figure, about 390 of 650. The first count at the door found about 300 of some 670. Either way, the Bolsheviks have a majority only with the Left SRs. # id: 1917-october.75
Martov, thin and hoarse, rises first. He asks for an end to the fighting and for talks to form a government of all the socialist parties. # id: 1917-october.76
Many delegates clap. One Bolshevik speaker, Anatoly Lunacharsky, says his party has nothing against the idea. # id: 1917-october.77
Then the Mensheviks and the SRs of the right take the floor. They call the rising a military plot by one party, behind the back of the Congress. It can only lead to civil war, they say. The real power, they add, belongs to the Constituent Assembly. # id: 1917-october.78
They walk out. Some delegates whistle and jeer as they go. Others stand silent. # id: 1917-october.79
Outside, the Kadets, the liberals, call the rising a crime against the country. They will wait for the Bolsheviks to fall. # id: 1917-october.80
Martov stays, with his small group of Menshevik Internationalists. He proposes a resolution. It condemns the rising as a conspiracy of one party, and asks again for talks on a government of all socialists. # id: 1917-october.81
{k1917_release.fair_play: When you became chairman you promised the Soviet fair play for every party. Tonight that promise is put to the test. # id: 1917-october.82}
{k1917_release.power: When you became chairman you told the Soviet its task was power. Tonight the hall is waiting to see you keep your word. # id: 1917-october.83}
{o1917_mrc.answer_martov: Four days ago you told Martov that the Soviet itself was defending the city. Tonight he says the Soviet was never asked. # id: 1917-october.84}
{o1917_mrc.answer_lenin: Lenin wanted no waiting for the Congress, and you argued that the Congress was the best cover. Both of you got something. # id: 1917-october.85}
{martov_trust >= 3: Martov glances at you before he sits. You have known him for fifteen years. He seems to hope that you, of all people, will listen. # id: 1917-october.86}
{lenin_trust >= 4: Lenin is somewhere in the building, waiting. You know what he expects you to say. # id: 1917-october.87}
All eyes turn to you. # decision: DP21 # id: 1917-october.88
* [Reject any compromise with those who walked out #option: reject # id: 1917-october.89]
    ~ o1917_govt = "reject"
    ~ standing_bolshevik += 2
    ~ lenin_trust += 2
    ~ martov_trust -= 2
    You stand and answer. The rising was open, you say, and the masses followed it. Now the losers ask the winners to give up their victory. No, you say. With those who left, no compromise is possible. # id: 1917-october.90
    Then you say the words that will be quoted for a hundred years. # id: 1917-october.91
    "Your role is played out; go where you ought to be: into the dustbin of history!" # quote: Trotsky, speech to the Second Congress of Soviets, 25 Oct 1917, as recorded by Sukhanov (tr. Carmichael) # id: 1917-october.92
    Martov answers that, in that case, his group will leave. It walks out behind him. # id: 1917-october.93
    Historians still argue about exactly what you said, and to whom. There are no full minutes of this night, only newspapers and memoirs. # id: 1917-october.94
* [Accept Martov's proposal: talks for a government of all socialist parties #option: all-socialist # id: 1917-october.95]
    ~ o1917_govt = "all-socialist"
    ~ martov_trust += 1
    ~ unity += 2
    ~ standing_menshevik += 1
    You stand and say that Martov is right. A government of one party cannot hold the country. Call back those who walked out, and talk. # speculation # id: 1917-october.96
    The hall goes quiet. Bolshevik delegates stare at you. Martov looks at you as he did in 1903, when you were young. # speculation # id: 1917-october.97
* [Offer a government of the Bolsheviks and the Left SRs together #option: left-sr # id: 1917-october.98]
    ~ o1917_govt = "left-sr"
    ~ unity += 1
    ~ workers_trust += 1
    You answer that those who walked out have made their choice. But the Left SRs stayed. Let them share power with the Bolsheviks from tonight. # speculation # id: 1917-october.99
    The Left SR leaders huddle in a corner. They wanted all the socialists in, not just themselves. But they did not walk out. # speculation # id: 1917-october.100
- -> o1917_outcome

=== o1917_outcome ===
{o1917_cc_vote == "against":
    ~ o1917_risk += 1
}
{workers_trust < 0 or safety <= 0:
    ~ o1917_risk += 1
}
{
- o1917_risk >= 3 and o1917_govt != "all-socialist":
    The night goes badly. The cadets in the Winter Palace hold out, and the attackers fall back into the dark streets. # date: 1917-10-26 os # mood: grim # speculation # presumes: ending = the-rising-fails/arrested-1917 # id: 1917-october.101
- else:
    At about two o'clock in the morning, the Winter Palace falls. # date: 1917-10-26 os # mood: grim # presumes: ending != the-rising-fails/arrested-1917 # id: 1917-october.102
    The attackers come in through side doors and the long corridors, in small groups. The cadets give up. Only a few people die in the fighting for the palace. # presumes: ending != the-rising-fails/arrested-1917 # id: 1917-october.103
    Antonov-Ovseenko arrests the ministers in a small dining room and marches them across the bridge to the Peter and Paul Fortress. # presumes: ending != the-rising-fails/arrested-1917 # id: 1917-october.104
}
{
- o1917_risk >= 3 and o1917_govt != "all-socialist":
    {
    - safety <= 1:
        -> o1917_ending_arrested
    - else:
        -> o1917_ending_fails
    }
- o1917_govt == "all-socialist":
    {
    - martov_trust > lenin_trust:
        -> o1917_ending_outsider
    - else:
        -> o1917_ending_coalition
    }
- o1917_govt == "left-sr":
    -> o1917_ending_left
- else:
    -> o1917_ending_october
}

=== o1917_ending_october ===
Morning comes grey over the Neva. You have not slept for two days. # place: smolny # date: 1917-10-26 os # people: trotsky, lenin, congress-delegates # actor: trotsky # mood: triumph # time: dawn # id: 1917-october.105
In a small room at Smolny, Lenin lies on the floor beside you on a couple of blankets. As you will tell it years later, he says in German that going from hiding to power in one night makes his head spin. # id: 1917-october.106
That evening the Congress votes for Lenin's decrees on peace and on land. It names a new government, the Council of People's Commissars. Lenin is its chairman. You are People's Commissar for Foreign Affairs. # id: 1917-october.107
{workers_trust >= 3: In the factories and barracks, your name is now as well known as Lenin's. # id: 1917-october.108}
{martov_trust <= 0: Martov does not speak to you. Fifteen years of friendship and quarrel end in that walk to the door. # id: 1917-october.109}
{unity >= 3: Some old comrades remember you as the man who tried to hold the party together. Tonight you have chosen a side for good. # id: 1917-october.110}
You have led the rising as chairman of the Soviet, in the Soviet's name. To you it is the work of your life so far. Martov and the parties who walked out call it a conspiracy of one party, and historians still argue whether it was a people's revolution or a coup. # id: 1917-october.111
What really followed: within days Kerensky's march back on the city was beaten at Pulkovo, Moscow fell to the Soviets after a week of fighting, and in December the Left SRs joined the government. # ending: october-1917 # id: 1917-october.112
-> END

=== o1917_ending_coalition ===
The Bolshevik leaders argue through the night. Lenin is against any deal. But many others want one, and now you are with them. # place: smolny # date: 1917-10-26 os # people: trotsky, lenin, martov, congress-delegates # actor: trotsky # mood: calm # id: 1917-october.113
Talks begin with the Mensheviks and the SRs. The railway workers' union threatens a strike unless a socialist coalition is formed. The bargaining is bitter and slow. # speculation # id: 1917-october.114
In the end a government of all the socialist parties is formed. Lenin sits in it, grim and watchful. You keep your post at the head of the Petrograd Soviet. # speculation # id: 1917-october.115
{
- unity >= 4:
    Your long years as a peacemaker between factions help now. Both sides will at least sit in a room with you. # speculation # id: 1917-october.116
}
Kerensky's attempt to return fails, because even the moderate socialists refuse to back him now. # speculation # id: 1917-october.117
The coalition promises peace talks, land for the peasants and the Constituent Assembly. Whether so many rivals can govern together through a war and a hungry winter, nobody knows. # speculation # id: 1917-october.118
You have traded a quick victory for a wider base. It is the road that Martov, and many Bolsheviks too, wanted that night. # speculation # ending: coalition-1917 # id: 1917-october.119
-> END

=== o1917_ending_left ===
By morning the Left SR leaders have made up their minds. # place: smolny # date: 1917-10-26 os # people: trotsky, lenin, congress-delegates # actor: trotsky # mood: hopeful # id: 1917-october.120
They join the new government at once, not weeks later. Lenin grumbles, then agrees. The Council of People's Commissars has two parties in it from the first day. # speculation # id: 1917-october.121
{
- workers_trust >= 2:
    The peasant soldiers, many of whom trust the Left SRs more than the Bolsheviks, take the news well. # speculation # id: 1917-october.122
}
A Left SR takes charge of land. The decree on land, written from the peasants' own demands, now has a peasant party behind it. # speculation # id: 1917-october.123
You are named People's Commissar for Foreign Affairs, as in history. But you must now agree every step with partners who have their own ideas. # speculation # id: 1917-october.124
The Mensheviks and the right SRs stay outside, angry. Martov calls it a conspiracy with a second party added. # speculation # id: 1917-october.125
It is a wider government than the one that really took power. Whether it would last longer is a question for you to think about. # speculation # ending: left-coalition-1917 # id: 1917-october.126
-> END

=== o1917_ending_outsider ===
The Bolshevik Central Committee meets before dawn. Lenin will not hear of a coalition with the parties that walked out. # place: smolny # date: 1917-10-26 os # people: trotsky, martov, congress-delegates # actor: trotsky # mood: grim # id: 1917-october.127
The vote goes against you. You resign from the committee, and from the Soviet's chair. # speculation # id: 1917-october.128
You walk out of Smolny with Martov. Outside, the cold wind off the river smells of smoke. # speculation # id: 1917-october.129
{
- standing_menshevik > standing_bolshevik:
    Many old Mensheviks greet you like a son come home. # speculation # id: 1917-october.130
}
{
- workers_trust >= 3:
    Workers still come to hear you speak, in halls that are half empty now. # speculation # id: 1917-october.131
}
You write sharp articles in Martov's paper, warning against the rule of one party. People read them. They quote you. Few follow you. # speculation # id: 1917-october.132
The Soviet government goes on without you, with Lenin at its head. You are a respected voice outside it, like Martov: honest, clever, and on the sidelines. # speculation # id: 1917-october.133
It is the fate many expected for you before 1917. # speculation # ending: outsider-1917 # id: 1917-october.134
-> END

=== o1917_ending_fails ===
The rising does not hold. # place: smolny # date: 1917-10-28 os # people: trotsky, red-guards, soldiers # actor: trotsky # mood: grim # speculation # id: 1917-october.135
Cossacks and cadets from the front reach the city before the committee has secured it. # speculation # id: 1917-october.136
{o1917_fortress_way == "force": The fortress garrison, never sure of you since you sent troops against it, stays in its barracks. # speculation # presumes: DP19 = force # id: 1917-october.137}
There is fighting in the streets for two days. Many are killed on both sides. The Congress of Soviets scatters. # speculation # id: 1917-october.138
Kerensky's men take Smolny back. The ministers walk out of the Winter Palace, guarded by their own troops. Martov says he warned you. The Kadets say the Bolsheviks have finally shown what they are. # speculation # id: 1917-october.139
You escape through the back courtyards and hide in a worker's flat in the Vyborg district. Once again you are a wanted man. # speculation # id: 1917-october.140
{
- workers_trust >= 2:
    The workers who hide you do not ask for money. They say the Soviet will rise again. # speculation # id: 1917-october.141
}
The Bolsheviks are broken for now. Russia waits for the Constituent Assembly, and for the next general. # speculation # ending: the-rising-fails # id: 1917-october.142
-> END

=== o1917_ending_arrested ===
The cadets come for you at dawn. # place: kresty-prison # date: 1917-10-28 os # people: trotsky, soldiers # actor: trotsky # mood: grim # speculation # id: 1917-october.143
The rising has broken apart, street by street. Troops from the front have retaken the stations and the bridges. # speculation # id: 1917-october.144
You are arrested on the stairs of a friend's flat. You were too easy to find. # speculation # id: 1917-october.145
Two months after you left it on bail, you are back in Kresty. The same narrow cell, the same cabbage soup, the same trams outside the window. # speculation # id: 1917-october.146
{
- lenin_trust >= 4:
    Word comes that Lenin has escaped to Finland again. He sends you a note: hold on. # speculation # id: 1917-october.147
}
{
- martov_trust >= 3:
    Martov writes to the newspapers to demand a fair trial for you. He does not have to. He does it anyway. # speculation # id: 1917-october.148
}
This time the charge is armed rebellion. Your lawyer tells you to expect a long sentence. # speculation # id: 1917-october.149
You take out a pencil and begin to write. It is what you always do in prison. # speculation # ending: arrested-1917 # id: 1917-october.150
-> END

// ---- Class play: the class is the Central Committee ---------------------------------------------
// When a class plays this part (in_class()), the committee's vote is the class's: the game counts
// each group's seats (classroom/episodes.json, "bodies") and plays the option that won.

=== o1917_cc_class ===
The talk goes on for hours. Late in the night, Lenin writes the resolution in pencil on a page from a child's school notebook. Twelve members vote, and the count decides. # decision: DP18 # id: 1917-october.151
* [The committee votes for the insurrection #option: for # id: 1917-october.152]
    ~ o1917_cc_vote = "for"
    The resolution passes. The party is set on a rising, though its date is still not fixed. # id: 1917-october.153
    Kamenev and Zinoviev vote against. They say they will put their fears in writing. # id: 1917-october.154
* [The committee votes against, with Kamenev and Zinoviev #option: against # id: 1917-october.155]
    ~ o1917_cc_vote = "wait-congress"
    The resolution fails. Lenin is beaten in his own committee. # speculation # id: 1917-october.156
    He does not give up. He says he will take his case to the party's members, over the committee's head. # speculation # id: 1917-october.157
    For now the party will not call a rising of its own. The Soviet's committee will guard the city and wait for the Congress. # speculation # id: 1917-october.158
* [The committee decides to wait for the Congress of Soviets #option: wait-congress # id: 1917-october.159]
    ~ o1917_cc_vote = "wait-congress"
    The committee agrees to a rising only when the Congress of Soviets meets, and only in the Soviet's name. # speculation # id: 1917-october.160
    Lenin says any delay is a crime. This time he is outvoted. # speculation # id: 1917-october.161
- The members leave one by one, into the grey morning. # id: 1917-october.162
-> o1917_mrc
