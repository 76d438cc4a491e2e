// Part 1904: emigration after the split; Plekhanov changes sides, Our Political Tasks, Natalia Sedova,
// and DP05 (see record/1904.json). A tunnel: ends with ->->. Reads side_1903 and the standings.

// What Trotsky did in September 1904 (DP05): "mensheviks", "bolsheviks" or "independent".
VAR b1904_choice = ""

=== break_1904 ===
Geneva, the winter after the congress. A cold wind blows off the lake and rattles the shutters. # place: geneva-iskra-office # date: 1903-12-01 ns # people: trotsky, martov, plekhanov, axelrod, zasulich # actor: trotsky # mood: tense # sfx: wind # id: 1904-break.1
The Iskra office smells of printer's ink, wet coats and cheap tobacco. Proofs hang drying on a string across the room. # id: 1904-break.2
The news of the autumn has turned the party upside down. Plekhanov has changed sides. # id: 1904-break.3
He could not bear a lasting break with the friends of his whole working life. He asked Lenin to bring back the editors the congress had dropped. Lenin refused and walked out of the board. # id: 1904-break.4
{
- c1903_martov_serves:
    Plekhanov then invited Axelrod, Zasulich and Potresov back, to sit beside Martov. Iskra, the paper Lenin built, is now in the hands of the minority, the Mensheviks. # speculation # presumes: DP04c = serve # id: 1904-break.5
- else:
    Plekhanov then invited Martov, Axelrod, Zasulich and Potresov back onto the paper. Iskra, the paper Lenin built, is now in the hands of the minority, the Mensheviks. # presumes: DP04c = refuse # id: 1904-break.6
}
Lenin keeps his grip on the Central Committee and his friends in Russia. But he has lost his paper. # id: 1904-break.7
In the office the talk is of nothing else. The typesetters, Russian exiles like you, work with one ear on the quarrel. Even the landlady has learned the words Bolshevik and Menshevik. # id: 1904-break.8
{
- side_1903 == "mensheviks":
    You are on the winning side, for now. Martov hands you proofs to read and asks you to write. # presumes: DP04d = mensheviks # id: 1904-break.9
    Plekhanov is another matter. He has never liked you. He lets it be known that he does not want your articles in the paper. # presumes: DP04d = mensheviks # id: 1904-break.10
    ~ plekhanov_trust -= 1
- side_1903 == "bolsheviks":
    You are with Lenin, and Lenin is now outside the paper he founded. You walk past the Iskra office and your old friends look away. # speculation # presumes: DP04d = bolsheviks # id: 1904-break.11
- else:
    Both sides still hope to win you. Martov invites you to write. Lenin's friends send you their leaflets. # speculation # presumes: DP04d = neutral # id: 1904-break.12
}
The new issue of Iskra attacks Lenin's plans for the party. It mocks them as barracks discipline, where members only obey orders. The ink comes off on your fingers. # id: 1904-break.13
* [Go on # id: 1904-break.14] -> b1904_natalia

= b1904_natalia
Spring comes to Geneva. The lake turns blue again. # place: geneva-lake # date: 1904-04-15 ns # people: trotsky, sedova # actor: trotsky # mood: calm # id: 1904-break.15
You walk along the shore with Natalia Sedova. # id: 1904-break.16
{
- y1897_stayed:
    You met her in Paris last summer, soon after you reached the West. She is a student of art, clever and quiet. # speculation # presumes: DP03 = stay # id: 1904-break.17
- else:
    You met her in Paris late in 1902, when Iskra sent you there to speak. She is a student of art, clever and quiet. # presumes: DP03 = escape # id: 1904-break.18
}
She was expelled from her girls' school in Kharkov for reading banned books. In Paris she helped Iskra and found rooms for comrades passing through. # id: 1904-break.19
Now you live together. Back in Siberia, Alexandra is raising your two daughters. You send letters and what money you can. It is never enough. # id: 1904-break.20
{
- side_1903 == "mensheviks":
    You pour out your anger at Lenin. Natalia listens and does not argue. # presumes: DP04d = mensheviks # id: 1904-break.21
- else:
    You tell Natalia how hard it is to stand where you stand. Clever men who agree on so much cannot sit in the same room. # speculation # presumes: DP04d = bolsheviks/neutral # id: 1904-break.22
}
You tell her about Mukhin, the hectograph and the purple ink on your fingers. For one afternoon you do not mention Lenin at all. # id: 1904-break.23
* [Go on # id: 1904-break.24] -> b1904_pamphlet

= b1904_pamphlet
Summer 1904. # place: geneva-iskra-office # date: 1904-08-20 ns # people: trotsky, axelrod, martov # actor: trotsky # mood: tense # id: 1904-break.25
Russia is at war with Japan. The Tsar's army is losing in the Far East. In July a bomb killed Plehve, the hated Minister of the Interior, in the street in St Petersburg. # id: 1904-break.26
Liberals in Russia, lawyers, doctors and landowners of the zemstvos, the local councils, now talk openly of a constitution. # id: 1904-break.27
In May Lenin published a book on the congress, One Step Forward, Two Steps Back. He says the minority are soft intellectuals who fear discipline. # id: 1904-break.28
{
- side_1903 == "bolsheviks":
    In real history Trotsky, then on the Menshevik side, wrote the sharpest answer. In this story you are with Lenin, so someone else's pen must answer him. You read the real Trotsky's pamphlet anyway. Some lines stay with you. # speculation # presumes: DP04d = bolsheviks # id: 1904-break.29
- else:
    You answer him with a pamphlet of your own, Our Political Tasks. You dedicate it to Axelrod, your teacher in the minority. # presumes: DP04d = mensheviks/neutral # id: 1904-break.30
    You call Lenin "Maximilien Lenin", after Robespierre, the French revolutionary who sent his rivals to the guillotine. # presumes: DP04d = mensheviks/neutral # id: 1904-break.31
}
The pamphlet, Our Political Tasks, warns where Lenin's methods will lead. Its most famous lines say this: # id: 1904-break.32
"the Party organisation 'substituting' itself for the Party, the Central Committee substituting itself for the Party organisation, and finally the dictator substituting himself for the Central Committee" # quote: Trotsky, Our Political Tasks (1904), Part II, 'Down with Substitutionism' (New Park translation) # id: 1904-break.33
In plain words: first the party machine takes the place of the members, then a small committee takes the place of the machine, and at last one man takes the place of the committee. # id: 1904-break.34
Lenin's friends call it slander. Some Mensheviks call it brilliant. Years later, Trotsky himself will call the pamphlet wrong. # id: 1904-break.35
* [Go on # id: 1904-break.36] -> b1904_decision

= b1904_decision
September 1904. You sit in a cheap rented room, with the latest Iskra open on the table. # place: geneva-room # date: 1904-09-15 ns # people: trotsky, sedova # actor: trotsky # mood: tense # id: 1904-break.37
The Menshevik leaders are turning more and more to the liberals. A new minister in St Petersburg has promised a milder course, and the liberals are growing bolder. # id: 1904-break.38
Axelrod puts it kindly. Russia has no parliament, he says. The workers are too few to win alone. They need allies among the middle classes, and the liberals are the only ones there are. # id: 1904-break.39
You think the opposite. The liberals will bargain with the Tsar and let the workers down. The workers must lead the fight, not follow it. # id: 1904-break.40
There is news from Lenin's side too. In August he gathered twenty-two of his supporters in Switzerland. They demand a new party congress, to settle the quarrel by votes. # id: 1904-break.41
The émigré cafés are full of it. Men who once shared a cell now cross the street to avoid each other. Every letter from Russia asks the same thing: why are you fighting each other, when the Tsar is losing a war? # id: 1904-break.42
{side_1903 == "mensheviks" && martov_trust >= 4: Martov is still your friend. He begs you not to break with the group over one quarrel. # presumes: DP04d = mensheviks # id: 1904-break.43}
{plekhanov_trust <= -2: Plekhanov will not even shake your hand. # id: 1904-break.44}
{side_1903 != "bolsheviks" && lenin_trust >= 3: Lenin's friends say the door is open, if you admit you were wrong about the congress. # presumes: DP04d != bolsheviks # id: 1904-break.45}
{
- side_1903 != "bolsheviks" && lenin_trust < 1:
    Lenin's friends call you a windbag. The door to them looks firmly shut. # presumes: DP04d != bolsheviks # id: 1904-break.46
- side_1903 == "bolsheviks" && lenin_trust < 1:
    Even in Lenin's own camp, some call you a windbag. They wonder how long you will stay. # speculation # presumes: DP04d = bolsheviks # id: 1904-break.47
}
{unity >= 3: Letters come from comrades in Russia. They are tired of the quarrel. They ask you to help bring the two sides together. # id: 1904-break.48}
{
- side_1903 == "mensheviks" && standing_menshevik >= 4:
    Among the Mensheviks your name stands high. Leaving would cost you a great deal. # presumes: DP04d = mensheviks # id: 1904-break.49
- side_1903 == "bolsheviks" && standing_bolshevik >= 4:
    Among the Bolsheviks your name stands high. Leaving Lenin would cost you a great deal. # speculation # presumes: DP04d = bolsheviks # id: 1904-break.50
}
Natalia watches you read. She will stand by you whatever you do. # decision: DP05 # id: 1904-break.51
* {side_1903 != "mensheviks"} [Go over to Martov's Mensheviks #option: mensheviks # id: 1904-break.52]
    -> b1904_to_mensheviks
* {side_1903 == "mensheviks"} [Stay with the Mensheviks #option: mensheviks # id: 1904-break.53]
    -> b1904_to_mensheviks
* {side_1903 != "bolsheviks"} [Join Lenin's Bolsheviks #option: bolsheviks # id: 1904-break.54]
    -> b1904_to_bolsheviks
* {side_1903 == "bolsheviks"} [Stay with Lenin's Bolsheviks #option: bolsheviks # id: 1904-break.55]
    -> b1904_to_bolsheviks
* [Leave both factions and work for the unity of the party #option: independent # id: 1904-break.56]
    -> b1904_to_independent

= b1904_to_mensheviks
~ b1904_choice = "mensheviks"
~ standing_menshevik += 2
~ martov_trust += 1
~ lenin_trust -= 1
~ unity -= 1
{
- side_1903 == "mensheviks":
    You put aside your doubts and stay with Martov and Axelrod. You tell yourself the quarrel about the liberals will pass. # speculation # presumes: DP04d = mensheviks # id: 1904-break.57
- else:
    You go over to Martov and Axelrod. They welcome you, though some of them ask why it took you a year. # speculation # presumes: DP04d = bolsheviks/neutral # id: 1904-break.58
}
Martov is relieved. Plekhanov still keeps his distance. You write for Iskra, but you bite your tongue more often than you like. # speculation # id: 1904-break.59
-> b1904_end

= b1904_to_bolsheviks
~ b1904_choice = "bolsheviks"
~ standing_bolshevik += 2
~ standing_menshevik -= 2
~ martov_trust -= 2
{side_1903 != "bolsheviks":
    ~ lenin_trust += 1
}
{
- side_1903 == "bolsheviks":
    You stay with Lenin. He needs every writer he can get, with Iskra lost to him. # speculation # id: 1904-break.60
- lenin_trust >= 3:
    You swallow your pride and write to Lenin. He answers at once, warmly. He never mentions Maximilien. # speculation # presumes: DP04d != bolsheviks # id: 1904-break.61
- else:
    You write to Lenin. His reply is cool and short. He will take you, but you must prove yourself. # speculation # id: 1904-break.62
}
{
- side_1903 == "mensheviks":
    Martov's friends call you a turncoat. Your "Maximilien Lenin" will follow you for years. # speculation # presumes: DP04d = mensheviks # id: 1904-break.63
- side_1903 == "neutral":
    Martov's friends shrug. You were never really one of them. # speculation # presumes: DP04d = neutral # id: 1904-break.64
}
-> b1904_end

= b1904_to_independent
~ b1904_choice = "independent"
~ unity += 2
~ standing_menshevik -= 2
~ martov_trust -= 1
~ workers_trust += 1
{
- side_1903 == "mensheviks":
    You write to the Menshevik leaders that you are leaving their group. You do not go to Lenin either. # presumes: DP04d = mensheviks # id: 1904-break.65
- side_1903 == "bolsheviks":
    You write to Lenin that you are leaving his camp. You do not go over to the Mensheviks either. # speculation # presumes: DP04d = bolsheviks # id: 1904-break.66
- else:
    You have stood between the camps for a year. Now you say so in public: you belong to neither, and you will not. # speculation # presumes: DP04d = neutral # id: 1904-break.67
}
From now on you will stand for the unity of the whole party, above the factions. Both sides think this is naive. Both will still need you. # id: 1904-break.68
You move to Munich for a while. There you stay with Parvus, a stout, clever Marxist who writes for the German socialist papers. He thinks a revolution in Russia is close. # id: 1904-break.69
-> b1904_end

= b1904_end
Autumn leaves blow along the lake. Far to the east, the war with Japan goes from bad to worse. Strikes are spreading in Russian towns. # id: 1904-break.70
{workers_trust >= 3: In Russia, workers who remember your leaflets still pass your name along. # id: 1904-break.71}
You are twenty-four. You have no party post, little money and a sharp pen. Something is coming in Russia. You can feel it. # id: 1904-break.72
->->
