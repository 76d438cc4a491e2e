// Part spring 1917: Trotsky back in Petrograd, the coalition, the Mezhraiontsy, the Congress of Soviets,
// the banned demonstration of 10 June and the march of 18 June.
// Decisions: DP14 (Trotsky), DP15 (a soldier of the Bolshevik Military Organisation). See record/1917-spring.json.
// Lenin's April Theses (DP13) are told as news, not played.

// The course Trotsky took in May (DP14): "bolsheviks", "independent" or "martov".
VAR sp1917_course = ""
// What the Military Organisation did with the order of 10 June (DP15): "call-off", "march" or "seize".
VAR sp1917_june = ""

=== spring_1917 ===
Petrograd, the Finland Station, 4 May 1917. The train hisses to a stop. # place: finland-station # date: 1917-05-04 os # people: trotsky, uritsky, petrograd-crowd # actor: trotsky # mood: triumph # sfx: train # id: 1917-spring.1
In Switzerland and America it is already 17 May. Russia still keeps the old calendar, thirteen days behind. # id: 1917-spring.2
You left this city ten years ago, under guard, on the way to Siberia. You come back to a crowd with red banners. # id: 1917-spring.3
At the border station, a welcome party met your train. Some came from a small group called the Mezhraiontsy. Others came from Lenin's Bolsheviks. Nobody came from the Mensheviks. # id: 1917-spring.4
Now your old friend Moisei Uritsky makes a speech on the platform. Then hands grab you and lift you above the heads of the crowd. You think of the British sailors at Halifax. This time the arms are friendly. # id: 1917-spring.5
{lenin_trust >= 4: The Bolshevik delegates shake your hand warmly. Your stand against the war has made you friends among them. # id: 1917-spring.6}
{lenin_trust < 4: The Bolshevik delegates are polite but careful. They remember the old quarrels. # id: 1917-spring.7}
{z1915_halifax.taught: Within a week you will tell Petrograd's workers about the German sailors of Amherst who cheered you out of the camp. # id: 1917-spring.8}
{z1915_halifax.protested: Most of your telegrams from Amherst never arrived. The news of your arrest did, and these people came because of it. # id: 1917-spring.9}
Natalia and the boys stare at the city. Soldiers lounge on street corners with red ribbons on their coats. Nobody salutes the officers any more. # id: 1917-spring.10
-> sp1917_theses

=== sp1917_theses ===
That evening you catch up on a month of news. # place: finland-station # date: 1917-05-04 os # people: trotsky # actor: trotsky # mood: hopeful # id: 1917-spring.11
Lenin came home through this same station on 3 April. A crowd and an armoured car met him. # id: 1917-spring.12
The next day he read out ten short points, his "April Theses". No support for the Provisional Government. No "defence of the fatherland" in this war. All power to the soviets. # id: 1917-spring.13
At first even his own comrades balked. In Pravda, Kamenev called the theses only Lenin's personal view. # id: 1917-spring.14
But Lenin argued, meeting after meeting. Many workers in the party were already saying the same things. By the end of April a party conference had swung behind him. # id: 1917-spring.15
You read the theses twice. They sound like what you have argued since 1905: that the workers of Russia can take power, and need not wait for the bourgeois revolution to run its course. # id: 1917-spring.16
On the big questions, you and Lenin now stand on the same ground. # id: 1917-spring.17 -> sp1917_soviet

=== sp1917_soviet ===
The Tauride Palace, 5 May. The great hall smells of wet wool and cheap tobacco. # place: tauride-palace # date: 1917-05-05 os # people: trotsky, tsereteli, kerensky, soviet-deputies # actor: trotsky # mood: tense # id: 1917-spring.18
This palace was built for a favourite of Catherine the Great. Now the Petrograd Soviet meets here. Soldiers sleep on the benches between sessions. # id: 1917-spring.19
Today a new government is born. The leaders of the soviet, Mensheviks and SRs, have agreed to join it. It will be a coalition: a few socialist ministers beside the liberals and businessmen. # id: 1917-spring.20
Alexander Kerensky becomes minister of war. Irakli Tsereteli, the Menshevik leader of the soviet, takes the post office and telegraphs. Viktor Chernov of the SRs, back from exile, becomes minister of agriculture. # id: 1917-spring.21
The soviet's leaders say this will make the government listen to the workers. The liberals hope it will make the workers obey the government. # id: 1917-spring.22
You sit at the back. Nobody on the platform invites you to speak. Then, as one account tells it, voices on the benches start calling for Comrade Trotsky. Only that one account says so. # id: 1917-spring.23
You stand up. You tell them about the workers of New York and the German sailors in the camp. Then you warn them about the coalition. A few socialists cannot change a government of the rich from the inside, you say. # id: 1917-spring.24
Do not trust the bourgeoisie. Keep watch on your own leaders. Rely on your own strength. The next step must be to hand all power to the soviets. # id: 1917-spring.25
The benches of the left cheer. The leaders on the platform look at their papers. # sfx: crowd # id: 1917-spring.26
-> sp1917_mezhraiontsy

=== sp1917_mezhraiontsy ===
A crowded meeting room, 10 May. # place: mezhraiontsy-room # date: 1917-05-10 os # people: trotsky, lenin, lunacharsky, uritsky # actor: trotsky # mood: calm # id: 1917-spring.27
The Mezhraiontsy, the "Inter-District" group, have asked you to lead them. They are a few thousand workers and writers who never fitted into either faction. They want a united party against the war. Anatoly Lunacharsky, a writer and fine speaker, is one of them. # id: 1917-spring.28
Today Lenin comes to their meeting himself. He looks older than at Zimmerwald, and surer of himself than ever. His voice is as quick as it was in London. # id: 1917-spring.29
He offers unity at once. Your people can have seats on the editorial board of Pravda, he says, and a hand in planning the next party congress. # id: 1917-spring.30
Some of the Mezhraiontsy want to say yes today. Others fear the Bolshevik machine will swallow them. You do not want to call yourself a Bolshevik. That word still belongs to the old fights. # id: 1917-spring.31
Martov is back in Petrograd too, after his own long journey from Switzerland. He leads the Menshevik internationalists. They oppose the war and the coalition, but they still will not leave the Menshevik party. # id: 1917-spring.32
{martov_trust >= 3: Martov has sent word. He hopes the old friends of Nashe Slovo can work together again. # id: 1917-spring.33}
{lenin_trust >= 4: Lenin looks at you across the table. He seems to be waiting for you in particular. # id: 1917-spring.34}
The Mezhraiontsy are waiting for your answer. # decision: DP14 # id: 1917-spring.35
* [Fight the coalition beside Lenin, and work towards one party with the Bolsheviks #option: bolsheviks # id: 1917-spring.36]
    ~ sp1917_course = "bolsheviks"
    ~ standing_bolshevik += 2
    ~ lenin_trust += 2
    ~ martov_trust -= 1
    ~ workers_trust += 1
    You say that you agree with Lenin on the war, the coalition and the soviets. The old labels matter less than that. # id: 1917-spring.37
    But you do not join today. You ask for a joint congress, so that both groups can merge as equals. # id: 1917-spring.38
    Lenin would rather have had an answer today. Still, from now on your speeches and his papers say the same things. # id: 1917-spring.39
* [Keep the Mezhraiontsy independent, a bridge between all internationalists #option: independent # id: 1917-spring.40]
    ~ sp1917_course = "independent"
    ~ unity += 1
    ~ lenin_trust -= 1
    You thank Lenin and say no for now. The Mezhraiontsy will stay a separate group, open to all who oppose the war. # speculation # id: 1917-spring.41
    Lenin shrugs. "Then we will meet in the streets," he says. He means it as a kind of promise. # speculation # id: 1917-spring.42
* [Seek unity with Martov and the Menshevik internationalists #option: martov # id: 1917-spring.43]
    ~ sp1917_course = "martov"
    ~ martov_trust += 2
    ~ standing_menshevik += 1
    ~ lenin_trust -= 2
    ~ standing_bolshevik -= 1
    ~ workers_trust -= 1
    You turn to Martov. Together, you say, the internationalists of both factions could win the Mensheviks back from the coalition. # speculation # id: 1917-spring.44
    Martov is delighted, but his own party will not break with its ministers. You spend weeks in meetings that change nothing. # speculation # id: 1917-spring.45
    In the factories, some workers begin to ask whose side you are on. # speculation # id: 1917-spring.46
- -> sp1917_circus

=== sp1917_circus ===
The Modern Circus, late May. The ring where horses used to dance is packed with people. # place: modern-circus # date: 1917-05-28 os # people: trotsky, petrograd-crowd # actor: trotsky # mood: hopeful # id: 1917-spring.47
Almost every night you speak here. The crowd fills the seats, the aisles and the steps up to the roof. People hang from the railings. # sfx: crowd # id: 1917-spring.48
When you arrive, there is no path through the crush. Hands pass you over their heads to the ring. # id: 1917-spring.49
Workers have come straight from the factories. Soldiers still hold their rifles. Women come with children on their hips. The air is hot and damp with breath. # id: 1917-spring.50
You talk about the war, about bread, about land for the peasants. Why do workers still die at the front, you ask, for the profits of the bankers? # id: 1917-spring.51
The crowd roars its answers back at you. You can feel the whole building breathe. # id: 1917-spring.52
{
- sp1917_course == "bolsheviks":
    Bolshevik agitators work the crowd at the doors, selling Pravda. Your words and theirs run together. # presumes: DP14 = bolsheviks # id: 1917-spring.53
- sp1917_course == "independent":
    Some listeners ask which party you belong to. "To the revolution," you answer. Some laugh. Some look confused. # speculation # presumes: DP14 = independent # id: 1917-spring.54
- else:
    A few Bolshevik workers leave early. They have heard you are talking to the Mensheviks again. # speculation # presumes: DP14 = martov # id: 1917-spring.55
}
A man shouts that you are a German spy. You ask him to come down into the ring and say it there. He does not come. # id: 1917-spring.56
~ workers_trust += 1
* [Go on # id: 1917-spring.57] -> sp1917_congress

=== sp1917_congress ===
The First All-Russian Congress of Soviets, 4 June. # place: cadet-corps-hall # date: 1917-06-04 os # people: trotsky, lenin, tsereteli, kerensky, soviet-deputies # actor: trotsky # mood: tense # id: 1917-spring.58
Delegates from soviets all over Russia fill the hall of an old military school. There are about a thousand of them, in soldiers' coats and workers' jackets. # id: 1917-spring.59
Of the 777 who named their party, 285 are SRs and 248 are Mensheviks. The Bolsheviks have only 105. # id: 1917-spring.60
Tsereteli speaks for the majority. There is no party in Russia, he says, that would dare to take power alone. # id: 1917-spring.61
From his seat, Lenin calls out that there is. Then he goes up to speak. # id: 1917-spring.62
"I say: 'Yes, there is.'" # quote: Lenin, Speech on the Attitude Towards the Provisional Government, First All-Russian Congress of Soviets, 4 (17) June 1917 (Collected Works, vol. 25) # id: 1917-spring.63
Half the hall laughs at him. The other half cheers. Kerensky answers with a long speech about order and the front. # id: 1917-spring.64
The majority votes its trust in the coalition. But the numbers here are not the numbers on the streets of Petrograd. # id: 1917-spring.65
-> sp1917_ban

=== sp1917_ban ===
The Kshesinskaya mansion, after midnight, 10 June. # place: kshesinskaya-mansion # date: 1917-06-10 os # people: bolshevik-soldier, podvoisky # actor: bolshevik-soldier # mood: tense # id: 1917-spring.66
Now you are someone else. You are a young private of a Petrograd regiment and a member of the Bolshevik Military Organisation. It is the party's network among the soldiers. # id: 1917-spring.67
The party's headquarters is a mansion that once belonged to a famous ballerina. Its rooms are full of boots, leaflets and cigarette smoke. # id: 1917-spring.68
For days you have gone from barracks to barracks. The plan is a great march this morning, 10 June, under the party's slogans: "All power to the soviets!" and "Down with the ten capitalist ministers!" # id: 1917-spring.69
Your regiment is ready. Many men want to march with their rifles. # id: 1917-spring.70
Then, last evening, the Congress of Soviets banned all marches in the city for three days. Some of its leaders fear the march could turn into a coup. There are rumours of armed counter-marches. # id: 1917-spring.71
After midnight, word comes from the party's Central Committee. Nikolai Podvoisky, one of the leaders of the Military Organisation, reads it out. He looks as angry as you feel. # id: 1917-spring.72
The march is off. Every member must go out now, to every barracks and factory, and stop it. # id: 1917-spring.73
Men around you swear and bang the tables. Some say the committee is afraid. Others say the streets will decide without it. # decision: DP15 # id: 1917-spring.74
* [Carry the order to your barracks and stop the march #option: call-off # id: 1917-spring.75]
    ~ sp1917_june = "call-off"
    ~ party_strength += 1
    You run through the white night to your barracks. It is June, and the sky never quite goes dark. # id: 1917-spring.76
    The men are furious. They call the party cowards. You stand on a bench and tell them the party is not ready to fight alone, and neither are they. # id: 1917-spring.77
    By dawn they go back to their bunks, grumbling. Across the city, the streets stay empty. # id: 1917-spring.78
* [Tell your regiment to march anyway #option: march # id: 1917-spring.79]
    ~ sp1917_june = "march"
    ~ party_strength -= 1
    ~ safety -= 1
    ~ workers_trust -= 1
    You tell the men the party has lost its nerve, but they have not. Two companies march out with their rifles. # speculation # id: 1917-spring.80
    The factories stay shut but quiet. Your small column meets a line of soldiers loyal to the congress, and the officers arrest your leaders. # speculation # id: 1917-spring.81
    The congress now has its proof of a Bolshevik plot. # speculation # id: 1917-spring.82
* [Urge the soldiers to march on the government and take power #option: seize # id: 1917-spring.83]
    ~ sp1917_june = "seize"
    ~ party_strength -= 2
    ~ safety -= 2
    You tell the men that the time for marches is over. Power is lying in the street. Why not pick it up? # speculation # id: 1917-spring.84
    A few hundred soldiers follow you towards the Mariinsky Palace, where the government meets. Most of the garrison stays in barracks. # speculation # id: 1917-spring.85
    The attempt falls apart by midday. The papers scream that the Bolsheviks tried a coup, and the Military Organisation is hunted. # speculation # id: 1917-spring.86
- The Bolshevik leaders will argue about this night for weeks. # id: 1917-spring.87 -> sp1917_march

=== sp1917_march ===
The Field of Mars, 18 June. A warm Sunday. # place: field-of-mars # date: 1917-06-18 os # people: trotsky, petrograd-crowd # actor: trotsky # mood: triumph # id: 1917-spring.88
You are Trotsky again. You stand on the edge of the great parade ground, where the dead of February lie in their new graves. # id: 1917-spring.89
After the ban, Tsereteli demanded that the Bolsheviks be disarmed. Instead, the congress called its own march for today. It was meant to show that Petrograd trusts the soviet's leaders and their ministers. # id: 1917-spring.90
The columns pour past for hours. Hundreds of thousands of workers and soldiers march in them. # id: 1917-spring.91
You read the banners as they pass. "All power to the soviets!" "Down with the ten capitalist ministers!" "All land to the people!" # id: 1917-spring.92
Only a handful of banners back the government. # id: 1917-spring.93
{
- sp1917_june == "call-off":
    The soldiers who grumbled on 10 June march today with Bolshevik slogans, and nobody can ban them. # presumes: DP15 = call-off # id: 1917-spring.94
    The Bolshevik leaders will say that holding back cost them nothing and won them a city. The soviet's leaders see it another way: the Bolsheviks can now fill the streets whenever they like, and that frightens them. # presumes: DP15 = call-off # id: 1917-spring.95
- sp1917_june == "march":
    The march is big, but thinner than it might have been. After 10 June, some regiments are under guard and some workers stay home. # speculation # presumes: DP15 = march # id: 1917-spring.96
- else:
    The Bolshevik slogans are still there, but fewer and quieter. Many Bolsheviks are in hiding after the failed rising. # speculation # presumes: DP15 = seize # id: 1917-spring.97
}
{
- sp1917_course == "bolsheviks":
    Bolshevik and Mezhraiontsy banners march side by side. In all but name, you are one camp now. # presumes: DP14 = bolsheviks # id: 1917-spring.98
- sp1917_course == "independent":
    Your own group's banners are lost in the sea of Bolshevik ones. Being a bridge is hard when everyone has already crossed. # speculation # presumes: DP14 = independent # id: 1917-spring.99
- else:
    Martov's banners are few. The workers seem to have made their choice without waiting for you. # speculation # presumes: DP14 = martov # id: 1917-spring.100
}
The same day, far to the south-west, Kerensky's army begins a great attack on the Austrian and German lines. # id: 1917-spring.101
The soviet's leaders watch the march in silence. They called the people out, and the people have answered with someone else's words. # id: 1917-spring.102
->->
