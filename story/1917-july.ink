// Part July 1917: the July Days, Chernov at the Tauride Palace, the slander campaign,
// Trotsky's open letter and his arrest. Decision: DP16 (see record/1917-july.json).

// What Trotsky urged on the night of 3-4 July (DP16): "restrain", "lead" or "seize".
VAR j1917_choice = ""

=== july_1917 ===
The Tauride Palace, 3 July 1917. A hot, heavy afternoon. # place: tauride-palace # date: 1917-07-03 os # people: trotsky, zinoviev, kamenev, tsereteli, soviet-deputies # actor: trotsky # mood: tense # id: 1917-july.1
The leaders of the soviets sit in a long meeting upstairs. The windows are open, but no air comes in. # id: 1917-july.2
The news is bad on every side. Kerensky's offensive has stalled, and the hospitals are filling up. Yesterday the Kadet ministers, the liberals of the government, walked out of the coalition. # id: 1917-july.3
The Kadets are the party of lawyers, professors and businessmen. Without them, the coalition is a shell. # id: 1917-july.4
Then a messenger comes in with a note. The First Machine Gun Regiment is coming out onto the streets with its weapons. The men have been ordered to the front. They say they will go against their own ministers first. # id: 1917-july.5
They are sending riders to other regiments, to the factories, and across the water to the naval base at Kronstadt. # id: 1917-july.6
Zinoviev and Kamenev look at each other. The Bolshevik leaders did not call this. Lenin is away, resting at a friend's house in Finland. # id: 1917-july.7
You did not call it either. # id: 1917-july.8
{
- sp1917_course == "bolsheviks":
    Since June, you and the Bolsheviks have told the soldiers to wait. Nobody is ready for a fight. # presumes: DP14 = bolsheviks # id: 1917-july.9
- else:
    Since June, the Bolsheviks have told the soldiers to wait, and so have you, from your own corner. Nobody is ready for a fight. # speculation # presumes: DP14 != bolsheviks # id: 1917-july.10
}
You send word to your own group: nobody is to call anyone out. Half your messengers come back saying the factories are already moving. # id: 1917-july.11
By evening, tens of thousands of soldiers and workers stand outside the palace. Their banners say "All power to the soviets!" # id: 1917-july.12 -> j1917_night

=== j1917_night ===
A side room of the palace, near midnight. # place: tauride-palace # date: 1917-07-03 os # people: trotsky, zinoviev, kamenev, lunacharsky # actor: trotsky # mood: tense # view: side-room # id: 1917-july.13
All evening you have spoken to the crowds from the steps. You told them you share their slogan. You also told them to go back to their barracks in good order. # id: 1917-july.14
Some listened. Many did not. Now the Putilov works, the biggest factory in the city, is coming out too. The Kronstadt sailors will arrive by boat in the morning. # id: 1917-july.15
The Bolshevik leaders meet in a small room with cold tea and ashtrays piled high. You and Lunacharsky are there for the Mezhraiontsy. # id: 1917-july.16
The Central Committee has already told the soldiers to stay home, and been ignored. Its own Military Organisation is swept up in the movement. # id: 1917-july.17
The crowd outside wants the soviet to take power. But the soviet's leaders refuse to take it. They want the coalition to go on. # id: 1917-july.18
{standing_bolshevik >= 4: Zinoviev turns to you first. Your word counts in this room now. # id: 1917-july.19}
{workers_trust >= 4: Outside, the soldiers have been chanting your name between the speeches. # id: 1917-july.20}
Everyone knows that tomorrow could end in shooting. What will you urge? # decision: DP16 # id: 1917-july.21
* [Disown the march and keep telling the crowds to go home #option: restrain # id: 1917-july.22]
    ~ j1917_choice = "restrain"
    ~ workers_trust -= 2
    ~ standing_bolshevik -= 1
    ~ lenin_trust -= 1
    ~ safety += 1
    You say the party must not be dragged into a fight it cannot win. Let the soldiers see that nobody is leading them, and they will go home. # speculation # id: 1917-july.23
    The Bolsheviks print a call to stay off the streets. The crowds come out anyway, angrier and with no one to steer them. # speculation # id: 1917-july.24
    At the factory gates, workers tear up your leaflets. "You talked like us all spring," one says. "Now where are you?" # speculation # id: 1917-july.25
* [Put the party at the head of the march, to keep it peaceful and organised #option: lead # id: 1917-july.26]
    ~ j1917_choice = "lead"
    ~ workers_trust += 1
    ~ standing_bolshevik += 1
    ~ safety -= 1
    You say the party cannot turn its back on the workers and soldiers who trust it. If it walks away, they will march alone, and be beaten alone. # id: 1917-july.27
    So the party will march with them, and try to keep them calm. No seizure of buildings. No shooting. A protest, not a rising. # id: 1917-july.28
    The leaders agree. A new call is written for the morning papers: a peaceful, organised demonstration for all power to the soviets. # id: 1917-july.29
* [Say the time has come to take power #option: seize # id: 1917-july.30]
    ~ j1917_choice = "seize"
    ~ safety -= 2
    ~ party_strength -= 2
    ~ workers_trust -= 1
    You say that half measures will only get people killed. If the soldiers are in the streets, let them take the bridges, the telegraph and the ministries. # speculation # id: 1917-july.31
    Kamenev goes white. Zinoviev argues for an hour. In the end a few of the Military Organisation's men go off to plan it. # speculation # id: 1917-july.32
    Lenin, when he hears, is furious. Power could be taken in Petrograd tonight, he says, but it could not be held for a week. # speculation # id: 1917-july.33
- -> j1917_chernov

=== j1917_chernov ===
The courtyard of the Tauride Palace, 4 July. # place: tauride-palace # date: 1917-07-04 os # people: trotsky, chernov, raskolnikov, kronstadt-sailors, petrograd-crowd # actor: trotsky # mood: grim # view: courtyard # id: 1917-july.34
The Kronstadt sailors came up the river by boat this morning, thousands of them. They marched with a band to the Bolshevik headquarters. Lenin, back from Finland, spoke to them from the balcony for only a few minutes. # id: 1917-july.35
Now they fill the square in front of the palace. Their leader is a young naval officer, Fyodor Raskolnikov, a Bolshevik. # id: 1917-july.36
{
- j1917_choice == "seize":
    Some of the sailors have been told that the soviet will take power today. When nothing happens, their anger turns on the ministers. # speculation # presumes: DP16 = seize # id: 1917-july.37
- j1917_choice == "restrain":
    Nobody has told the sailors what to do next. They mill about in the heat, shouting for someone to come out. # speculation # presumes: DP16 = restrain # id: 1917-july.38
- else:
    The sailors have been told this is a peaceful march. But many of them carry rifles, and nobody has told them what to do next. # presumes: DP16 = lead # id: 1917-july.39
}
Viktor Chernov comes out onto the steps to calm them. He is an SR and now minister of agriculture. # id: 1917-july.40
The sailors shout at him. Why has he not given the land to the peasants? A worker shakes his fist and yells at him to take power when it is handed to him. # id: 1917-july.41
Then hands grab Chernov. They drag him down the steps and push him into an open car. His coat is torn. His face is grey. # id: 1917-july.42
Someone runs inside to fetch you. "The sailors have Chernov! They'll kill him!" # id: 1917-july.43
You push out through the crowd. You climb onto the car. The sailors' faces are red with heat and rage. Thousands of eyes turn to you. # id: 1917-july.44
You call them the pride and glory of the revolution. They came here to defend it, you say, not to shame it. The nearest faces soften. # id: 1917-july.45
You take Chernov by the arm. He can barely walk. You lead him back inside the palace, while the sailors part to let you through. # id: 1917-july.46
{
- j1917_choice == "seize":
    Later, Chernov's friends will say you saved him from a storm you helped to raise. # speculation # presumes: DP16 = seize # id: 1917-july.47
- else:
    Chernov will never be your friend. But he knows whose hand pulled him out of that car. # id: 1917-july.48
}
-> j1917_streets

=== j1917_streets ===
Nevsky Prospekt, the same afternoon. # place: nevsky-prospekt # date: 1917-07-04 os # people: trotsky, petrograd-crowd # actor: trotsky # mood: grim # id: 1917-july.49
Shots crack from the roofs and upper windows. Nobody knows who fires first. The crowd on the pavement breaks and runs. # id: 1917-july.50
People throw themselves flat on the cobbles. Banners lie trampled in the road. Some of the marchers never get up again. # id: 1917-july.51
By the end of the day, people on both sides have been killed and many more hurt. Nobody will ever agree on the count. # id: 1917-july.52
That night, regiments loyal to the soviet's leaders march into the palace courtyard. More troops are on their way from the front. # id: 1917-july.53
These are the July Days. By the next morning the movement is over. Now everyone tells the story in their own way. # id: 1917-july.54
The Kadet paper Rech says the Bolsheviks tried to seize power by force, with German help. # id: 1917-july.55
The Menshevik and SR leaders of the soviet say the Bolsheviks brought armed men to force the soviet to obey the street. That, they say, is how a revolution destroys itself. # id: 1917-july.56
You say it was the anger of the masses, which the party tried to hold back and then to keep peaceful. # id: 1917-july.57
{
- j1917_choice == "seize":
    This time the Kadets' story is close to the truth, and everyone knows you backed it. # speculation # presumes: DP16 = seize # id: 1917-july.58
- j1917_choice == "restrain":
    Some workers say the Bolsheviks and you left them alone under fire. That bitterness will not fade quickly. # speculation # presumes: DP16 = restrain # id: 1917-july.59
}
-> j1917_slander

=== j1917_slander ===
The days that follow are ugly. # place: petrograd-flat # date: 1917-07-06 os # people: trotsky, lunacharsky # actor: trotsky # mood: grim # id: 1917-july.60
On 5 July the papers print a story that Lenin is a German agent, paid by the enemy to wreck the Russian army. The proof is thin: the word of a single officer who had been a German prisoner. # id: 1917-july.61
But the story spreads like fire. Officers and cadets smash the Pravda offices. Troops take over the Kshesinskaya mansion. # id: 1917-july.62
The government orders the arrest of Lenin, Zinoviev and Kamenev. Lenin will not stand trial in this mood. He goes into hiding, and later slips away to Finland. # id: 1917-july.63
In the streets, people shout "German spy!" at anyone who looks like a Bolshevik. Some say "Jew" in the same breath. Old hatreds come up with the new ones. # id: 1917-july.64
On 8 July Kerensky becomes head of the government. Soon the death penalty is back at the front. # id: 1917-july.65
Your name is not on the arrest list. Not yet. # id: 1917-july.66
You stay in a friend's flat and write. Lunacharsky brings the papers every morning. Each day the charges in them are bigger. # id: 1917-july.67
* [Go on # id: 1917-july.68] -> j1917_letter

=== j1917_letter ===
On 10 July you sit down and write to the ministers. # place: petrograd-flat # date: 1917-07-10 os # people: trotsky # actor: trotsky # mood: tense # id: 1917-july.69
You could keep quiet and stay free. Instead, you tell them they cannot arrest your comrades and leave you out. # id: 1917-july.70
{
- j1917_choice == "seize":
    You write that you took the same stand as Lenin, Zinoviev and Kamenev on 3 and 4 July. It is not the whole truth: that night you urged a rising they refused. # speculation # presumes: DP16 = seize # id: 1917-july.71
- else:
    You write that you took the same stand as Lenin, Zinoviev and Kamenev on 3 and 4 July. You tried to stop the march. When it came anyway, you spoke for its main slogan and asked the crowds to go home in peace. # presumes: DP16 = restrain/lead # id: 1917-july.72
}
"I share the principled position of Lenin, Zinoviev and Kamenev." # quote: Trotsky, Letter to the Provisional Government, 10 (23) July 1917 (Novaya Zhizn, 13 July), tr. World Socialist Web Site, 2017 # id: 1917-july.73
The letter appears in Maxim Gorky's paper, Novaya Zhizn, three days later. Everyone in Petrograd reads it. # id: 1917-july.74
{j1917_choice == "seize": The ministers hardly need the letter. They already have your speech of 3 July in their files. # speculation # presumes: DP16 = seize # id: 1917-july.75}
{j1917_choice == "restrain": Some Bolsheviks are surprised. Your letter reads like a man taking a place in their ranks at the worst moment. # speculation # presumes: DP16 = restrain # id: 1917-july.76}
-> j1917_arrest

=== j1917_arrest ===
The night of 22 to 23 July. Fists hammer on the door of the flat. # place: kresty-prison # date: 1917-07-23 os # people: trotsky, lunacharsky, kronstadt-sailors # actor: trotsky # mood: grim # time: night # id: 1917-july.77
Soldiers and an officer take you away. The same night they arrest Lunacharsky. # id: 1917-july.78
They drive you across the river to Kresty, the prison of red brick where the Tsar's police held you after the Soviet of 1905. # id: 1917-july.79
Now the guards are the revolution's own. The charge is that you helped the Germans and led an armed rising. # id: 1917-july.80
In the corridors you hear the voices of Kronstadt sailors, Bolshevik soldiers and ordinary thieves. Raskolnikov is somewhere on the floor above. # id: 1917-july.81
{
- j1917_choice == "seize":
    The guards have read that you called for a rising. They are rough with you. One of them calls you a spy. # speculation # presumes: DP16 = seize # id: 1917-july.82
- else:
    Some of the guards are embarrassed. A few of them have heard you speak at the Modern Circus. # presumes: DP16 = restrain/lead # id: 1917-july.83
}
{
- workers_trust >= 5:
    Outside, factory meetings pass resolutions demanding your release. You hear about them from the sailors' whispers. # id: 1917-july.84
- workers_trust >= 2:
    Word reaches you that some factories have voted to protest your arrest. # id: 1917-july.85
- else:
    You wonder who is left outside to protest. The July defeat has scattered many of your friends. # speculation # id: 1917-july.86
}
You sit on the iron bed and look at the bars. You have been in cells like this before. You know how to wait. # id: 1917-july.87
->->
