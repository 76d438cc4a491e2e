// Part 1917 Kornilov: the Kornilov affair, late August 1917. Trotsky in Kresty prison; a sailor
// of the cruiser Aurora asks his advice. Decisions: DP17-sailor (actor: sailor), DP17 (actor: trotsky).
// See record/1917-kornilov.json. A tunnel: every path ends with ->->.

// What the Aurora sailor urged at the crew meeting (DP17-sailor): "guard", "refuse" or "storm".
VAR k1917_sailors = ""
// What Trotsky advised the sailors (DP17): "kornilov-first", "refuse" or "overthrow-now".
VAR k1917_advice = ""

=== kornilov_1917 ===
Petrograd, late August 1917. A key grinds in an iron lock, and a cell door slams somewhere below. # place: kresty-prison # date: 1917-08-27 os # people: trotsky # actor: trotsky # mood: grim # sfx: door # id: 1917-kornilov.1
You are Trotsky, thirty-seven years old, and you are back in prison. This is Kresty, "the Crosses", a huge red-brick jail on the right bank of the Neva. # id: 1917-kornilov.2
You were arrested on 23 July, after the July Days. The government says the Bolsheviks tried to seize power. The papers even call your friends German spies. # id: 1917-kornilov.3
{
- sp1917_course == "bolsheviks":
    While you sat here, at the end of July, the Mezhraiontsy joined the Bolshevik party at its congress, and you with them. The congress elected you to its Central Committee. # presumes: DP14 = bolsheviks # id: 1917-kornilov.4
- else:
    In May you kept your distance from Lenin. The July Days have settled it. While you sat here, at the end of July, the Mezhraiontsy joined the Bolshevik party at its congress, and you with them. The congress elected you to its Central Committee. # speculation # presumes: DP14 != bolsheviks # id: 1917-kornilov.5
}
Your cell is narrow. It smells of damp stone, soap and cabbage soup. Through the high window you can hear the trams and, now and then, the hoot of a tug on the river. # id: 1917-kornilov.6
Prison is not new to you. You read, you write, and you argue through the walls. Many of the men in the other cells are soldiers and sailors, arrested like you in July. # id: 1917-kornilov.7
Today the guards look nervous. A newspaper is passed from hand to hand along the gallery. # id: 1917-kornilov.8
You read it twice. Every line is news, and every line is a warning. # id: 1917-kornilov.9
The news is this. General Lavr Kornilov, the commander-in-chief of the army, has broken with the government. # id: 1917-kornilov.10
Alexander Kerensky, the head of the Provisional Government, has dismissed him. Kornilov refuses to go. He says the government is in the hands of the Bolsheviks and of Germany, and that he will save Russia. # id: 1917-kornilov.11
His Third Cavalry Corps is already moving towards Petrograd by train. Among its units is the Native Division, horsemen from the mountains of the Caucasus. People call it the "Savage Division". # id: 1917-kornilov.12
Kerensky has no loyal army of his own. To stop Kornilov he must turn to the Soviet, to the workers, and even to the Bolsheviks he has just put in jail. # id: 1917-kornilov.13
You sit on your bunk and think. The man who locked you up now needs the people who trust you. # id: 1917-kornilov.14
* [Go on # id: 1917-kornilov.15] -> k1917_aurora

=== k1917_aurora ===
Now you step into someone else's shoes. You are a sailor of the cruiser Aurora, twenty-two years old. This sailor is made up, and so is the crew meeting that follows: nobody wrote down what the Aurora's crew said that morning. You served at Kronstadt, the island naval base outside Petrograd, before you joined her. # place: aurora-quay # date: 1917-08-28 os # people: sailor, kronstadt-sailors # actor: sailor # mood: tense # id: 1917-kornilov.16
The Aurora lies at a shipyard wall in Petrograd, in for repairs. The deck smells of coal dust, tar and wet rope. Rivets ring from the next berth all day. # id: 1917-kornilov.17
Your ship has a committee, elected by the crew, like most ships of the Baltic Fleet since February. The officers no longer give orders alone. # id: 1917-kornilov.18
Many of your friends in Kronstadt marched in the streets in July. Some are in Kresty now, with Trotsky. You heard him speak at the Modern Circus. You have not forgotten it. # id: 1917-kornilov.19
This morning an order came from the government. A party from the Aurora must help guard the Winter Palace, where Kerensky and his ministers sit. Kornilov's troops may be only a day away. # id: 1917-kornilov.20
The crew crowds onto the deck. Men stand on the gun mounts to see. Everyone talks at once. # id: 1917-kornilov.21
One stoker shouts that Kerensky jailed your comrades and now wants you to die for him. A gunner shouts back that Kornilov would hang every sailor in Kronstadt. # id: 1917-kornilov.22
The committee chairman bangs on a bucket for quiet. He looks at you. You know the Kronstadt men. What do you say? # decision: DP17-sailor # id: 1917-kornilov.23
* [Guard the palace as ordered, but first ask Trotsky what to do #option: guard # id: 1917-kornilov.24]
    ~ k1917_sailors = "guard"
    ~ workers_trust += 1
    You say the crew should obey the order, for now. Kornilov is the greater danger. But you want to hear it from someone you trust. # id: 1917-kornilov.25
    The chairman nods. The committee will send the men to the palace. It will also send three sailors to Kresty, to ask Trotsky. You are one of them. # id: 1917-kornilov.26
* [Refuse to guard Kerensky's palace at all #option: refuse # id: 1917-kornilov.27]
    ~ k1917_sailors = "refuse"
    ~ unity -= 1
    You say the Aurora owes Kerensky nothing. Let him and his general fight it out. # speculation # id: 1917-kornilov.28
    Half the deck cheers. The other half shouts you down. The chairman will not decide without advice. He sends you and two others to Kresty, to ask Trotsky. # speculation # id: 1917-kornilov.29
* [Turn the guns on the palace and arrest the ministers now #option: storm # id: 1917-kornilov.30]
    ~ k1917_sailors = "storm"
    ~ safety -= 1
    ~ party_strength -= 1
    You say this is the moment. The ministers are weak. Take the palace now, before Kornilov does. # speculation # id: 1917-kornilov.31
    The younger men roar. The older men go quiet. An officer slips ashore to telephone someone. # speculation # id: 1917-kornilov.32
    The committee chairman says no one will move without advice. He sends you and two others to Kresty, to ask Trotsky. # speculation # id: 1917-kornilov.33
- -> k1917_visit

=== k1917_visit ===
The three of you walk up to the prison gate in your black sailor's caps. # place: kresty-prison # date: 1917-08-29 os # people: sailor, kronstadt-sailors, trotsky # actor: sailor # mood: tense # view: gate # id: 1917-kornilov.34
We know of this visit only from Trotsky himself, who wrote about it years later. No other witness has been found. What follows is told as he told it. # id: 1917-kornilov.35
A guard leads you through iron doors and down a long gallery. The walls sweat. Somewhere a man is singing. # id: 1917-kornilov.36
Trotsky looks thinner than in the spring. His hair is still wild, and his eyes are very awake behind his glasses. # id: 1917-kornilov.37
{
- k1917_sailors == "guard":
    You tell him the crew will guard the palace. But the men want to know: should they defend Kerensky, or is it time to settle accounts with him? # presumes: DP17-sailor = guard # id: 1917-kornilov.38
- k1917_sailors == "refuse":
    You tell him half the crew will not lift a finger for Kerensky. Should they stay out of this fight? # speculation # presumes: DP17-sailor = refuse # id: 1917-kornilov.39
- else:
    You tell him some of the crew want to arrest the ministers now. Are they right? # speculation # presumes: DP17-sailor = storm # id: 1917-kornilov.40
}
Now you are Trotsky again, in the visiting room at Kresty, facing three young sailors who have come for an answer. # actor: trotsky # id: 1917-kornilov.41
You know what Lenin thinks. He is hiding in Finland, but his letters get through. Fight Kornilov, he says, but give Kerensky no trust. The next day he will put it like this: # id: 1917-kornilov.42
"We shall fight, we are fighting against Kornilov, just as Kerensky's troops do, but we do not support Kerensky." # quote: Lenin, To the Central Committee of the RSDLP, 30 August 1917 (Collected Works, vol. 25) # id: 1917-kornilov.43
The sailors wait. One of them turns his cap around and around in his hands. # decision: DP17 # id: 1917-kornilov.44
* [Deal with Kornilov first, and with Kerensky after #option: kornilov-first # id: 1917-kornilov.45]
    ~ k1917_advice = "kornilov-first"
    ~ standing_bolshevik += 2
    ~ workers_trust += 2
    ~ party_strength += 2
    ~ lenin_trust += 1
    You tell them to defend the city against Kornilov, shoulder to shoulder with anyone who will fight him. # id: 1917-kornilov.46
    But they must not trust Kerensky. Use him against the general, you say. His turn will come afterwards. # id: 1917-kornilov.47
    The sailor grins for the first time. He says the crew will understand that. # id: 1917-kornilov.48
* [Stay out of it: the revolution owes Kerensky nothing #option: refuse # id: 1917-kornilov.49]
    ~ k1917_advice = "refuse"
    ~ workers_trust -= 1
    ~ party_strength -= 1
    ~ standing_bolshevik -= 1
    ~ unity -= 1
    You tell them not to fight for the man who jailed their comrades. Let the generals and the ministers tear each other apart. # speculation # id: 1917-kornilov.50
    The sailors look at each other. "And if Kornilov wins?" one asks. You have no good answer. # speculation # id: 1917-kornilov.51
* [Use the moment to overthrow Kerensky at once #option: overthrow-now # id: 1917-kornilov.52]
    ~ k1917_advice = "overthrow-now"
    ~ safety -= 2
    ~ party_strength -= 1
    ~ lenin_trust -= 1
    ~ workers_trust += 1
    You tell them the government is falling apart. Strike now, at both of them. # speculation # id: 1917-kornilov.53
    The sailors leave fired up. But outside, the Bolshevik leaders tell the fleet to wait. A guard repeats your words to the prison office. # speculation # id: 1917-kornilov.54
- -> k1917_collapse

=== k1917_collapse ===
The next days decide everything, and none of it happens in your cell. # place: luga-railway # date: 1917-08-30 os # people: red-guards, soldiers # actor: trotsky # mood: hopeful # id: 1917-kornilov.55
The Soviet sets up a committee to fight Kornilov. Mensheviks, SRs and Bolsheviks sit on it together. Kerensky has asked for their help, and they give it. # id: 1917-kornilov.56
In the factories, workers form Red Guards. They drill in the yards with rifles handed out from the arsenals. People dig trenches on the edge of the city. # id: 1917-kornilov.57
The railwaymen do the most. They send Kornilov's trains down the wrong lines, uncouple engines and block the tracks. Telegraph clerks lose his messages. # id: 1917-kornilov.58
Near Luga, south of the capital, the troop trains stand still in the fields. Agitators walk along the carriages and talk to the soldiers. What are you fighting for? Against whom? # id: 1917-kornilov.59
A delegation of Muslim leaders from the Caucasus comes to the horsemen of the Savage Division. They speak to them as fellow Muslims and countrymen. The horsemen refuse to go on. # id: 1917-kornilov.60
{
- k1917_advice == "kornilov-first":
    Sailors from Kronstadt and the Aurora guard the bridges and the palace. Your advice goes round the fleet with them. # presumes: DP17 = kornilov-first # id: 1917-kornilov.61
- k1917_advice == "refuse":
    The Aurora's men stay aboard. Other sailors guard the bridges instead. People notice which crews stayed home. # speculation # presumes: DP17 = refuse # id: 1917-kornilov.62
- else:
    A few dozen sailors march towards the palace. Bolshevik speakers meet them on the embankment and talk them back to their ships. Nothing comes of it, except new charges against you. # speculation # presumes: DP17 = overthrow-now # id: 1917-kornilov.63
}
Within days the march on Petrograd falls apart. Hardly a shot is fired. General Krymov, who led the cavalry, shoots himself after a meeting with Kerensky. Kornilov is arrested at his headquarters. # id: 1917-kornilov.64
What did Kornilov really want? Was it a plot to crush the Soviet? Or had Kerensky first asked for those troops, and then taken fright? # id: 1917-kornilov.65
Kerensky says it was a plot. Some historians will later call it a misunderstanding, carried between the two men by a muddled go-between named Vladimir Lvov. Others will say Kerensky set a trap. You will never be sure, and neither will they. # id: 1917-kornilov.66
Who has gained? The Kadets, the liberal party, left the government when the crisis began. Many of their friends had hoped Kornilov would win. Kerensky now looks weak to the right and false to the left. # id: 1917-kornilov.67
The Mensheviks and SRs saved the government. But many workers and soldiers now remember who warned them about the generals all summer, and that is the Bolsheviks. # id: 1917-kornilov.68
* [Go on # id: 1917-kornilov.69] -> k1917_release

=== k1917_release ===
On 4 September the prison gate opens for you. You are let out on bail. # place: smolny # date: 1917-09-04 os # people: trotsky, lenin, soldiers, red-guards # actor: trotsky # mood: triumph # id: 1917-kornilov.70
{
- k1917_advice == "overthrow-now":
    The judge hesitates for a long time over your file. The Soviet demands your release, and in the end he signs. Kerensky's police will watch you closely now. # speculation # presumes: DP17 = overthrow-now # id: 1917-kornilov.71
- else:
    The Soviet has demanded your release. The judge signs without looking up. # presumes: DP17 = kornilov-first/refuse # id: 1917-kornilov.72
}
The city feels different. The workers have rifles now, and they are keeping them. Red Guards stand at factory gates in caps and armbands. # id: 1917-kornilov.73
In the Soviet, the mood has swung. On 31 August the Petrograd Soviet voted for a Bolshevik motion on power for the first time. The Moscow Soviet is about to do the same. # id: 1917-kornilov.74
The Soviet now meets in Smolny, a long yellow-and-white building that was once a school for noble girls. Sentries with rifles stand at its doors. # id: 1917-kornilov.75
Lenin is still in hiding. But his party is growing every week, in the barracks, the factories and the fleet. # id: 1917-kornilov.76
{
- k1917_advice == "kornilov-first":
    Sailors stop you in the corridors to shake your hand. # presumes: DP17 = kornilov-first # id: 1917-kornilov.77
- k1917_advice == "refuse":
    Some sailors are cool towards you. They fought Kornilov without you, they say, and they did it anyway. # speculation # presumes: DP17 = refuse # id: 1917-kornilov.78
- else:
    A few sailors cheer you as a hero. Older Bolsheviks say you nearly gave Kerensky the excuse he wanted. # speculation # presumes: DP17 = overthrow-now # id: 1917-kornilov.79
}
Three weeks later, on 25 September, the Petrograd Soviet elects a new chairman. In 1905 you were one of the three who led the city's first Soviet for its last week, after its chairman Khrustalev-Nosar was arrested. Now you are chosen to lead it as its chairman. # date: 1917-09-25 os # people: trotsky, soldiers, red-guards # id: 1917-kornilov.80
{
- standing_bolshevik < 1:
    Not everyone votes for you. Some old Bolsheviks still remember you as Lenin's critic. # speculation # id: 1917-kornilov.81
}
* (fair_play) [Promise the Soviet fair play for every party # id: 1917-kornilov.82]
    You tell the hall you will lead it as a free parliament of the workers, where every party may speak. # id: 1917-kornilov.83
    ~ unity += 1
    ~ martov_trust += 1
* (power) [Tell the Soviet its task is to take power # id: 1917-kornilov.84]
    You tell the hall that this Soviet will not be a talking shop. Its task is power. # id: 1917-kornilov.85
    ~ standing_bolshevik += 1
    ~ lenin_trust += 1
- The applause goes on for a long time. Outside, autumn rain begins to fall on Petrograd. # sfx: crowd # id: 1917-kornilov.86
->->
