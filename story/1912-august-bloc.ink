// Part 1912: Lenin's Prague conference (played briefly as Lenin), then Trotsky's Vienna
// conference and the "August Bloc", and how it fell apart by 1914.
// Decisions: DP10 (actor Lenin), DP11 (see record/1912.json). A tunnel: every path ends with ->->.

// What Lenin did at Prague (DP10): "constitute" or "negotiate".
VAR a1912_prague = ""
// What Trotsky did in August 1912 (DP11): "convene", "join-lenin" or "stand-aside".
VAR a1912_bloc = ""

=== bloc_1912 ===
Prague, January 1912. Now you are Lenin. # place: prague-peoples-house # date: 1912-01-05 os # people: lenin, delegates # actor: lenin # mood: tense # id: 1912-august-bloc.1
You are forty-one, and you have lived in exile for most of the last twelve years. You sit in a small upstairs room in the People's House, the offices of the Czech socialists' newspaper. # id: 1912-august-bloc.2
The windows are frosted. The stove ticks. Fewer than twenty delegates have come in secret from Russia and from the groups abroad. # id: 1912-august-bloc.3
Almost all of them are your own Bolsheviks. Two are Mensheviks who want to keep the old underground party alive. Plekhanov, their leader, was invited and refused to come. # id: 1912-august-bloc.4
The party is in ruins. Since the defeat of 1905, the police have smashed most of its committees. Its Central Committee has not met in Russia for a long time. # id: 1912-august-bloc.5
Some Mensheviks, the Liquidators, say the underground is finished. Work openly, they say, in trade unions, legal newspapers and the Duma. # id: 1912-august-bloc.6
You think that means giving up the revolution. You have argued with them for years, and with Trotsky, who now keeps trying to make peace between everyone. # id: 1912-august-bloc.7
{in_class(): -> a1912_prague_class}
The delegates wait for you to speak. Do you make this small meeting the party itself? # decision: DP10 # id: 1912-august-bloc.8
* [Declare this conference the party, elect a new Central Committee, and put the Liquidators outside #option: constitute # id: 1912-august-bloc.9]
    ~ a1912_prague = "constitute"
    ~ party_strength += 1
    ~ unity -= 2
    You say it plainly. This conference is the party. Its decisions bind everyone. # id: 1912-august-bloc.10
    The delegates elect a new Central Committee of your people. They declare that the Liquidators have placed themselves outside the party. # id: 1912-august-bloc.11
    Nobody here says the word "split". But everyone knows what has happened. # id: 1912-august-bloc.12
* [Keep talking: call all the factions to a joint conference first #option: negotiate # id: 1912-august-bloc.13]
    ~ a1912_prague = "negotiate"
    ~ unity += 1
    ~ party_strength -= 1
    You hold back. You send letters to Plekhanov, to the Poles, even to Trotsky, proposing one more joint meeting. # speculation # id: 1912-august-bloc.14
    The replies are slow and full of conditions. Months pass. Your own delegates grumble that the Liquidators are laughing at you. # speculation # id: 1912-august-bloc.15
- -> a1912_vienna_news

=== a1912_vienna_news ===
Vienna, spring 1912. You are Trotsky again. # place: vienna-cafe # date: 1912-05-10 ns # people: trotsky, sedova # actor: trotsky # mood: tense # id: 1912-august-bloc.16
{
- a1912_prague == "constitute":
    The news from Prague makes you furious. A handful of Lenin's friends have declared themselves the whole party. # presumes: DP10 = constitute # id: 1912-august-bloc.17
    In your paper, Pravda, you call it a seizure of power over the party. # presumes: DP10 = constitute # id: 1912-august-bloc.18
- else:
    Lenin, for once, has held back. But his friends still meet on their own. Everyone expects him to break with the others soon. # speculation # presumes: DP10 = negotiate # id: 1912-august-bloc.19
}
Then terrible news arrives from Siberia. In April, in the Lena goldfields, troops fired on striking miners. Hundreds were killed or wounded. # id: 1912-august-bloc.20
Strikes and protest meetings spread across Russia. The quiet years are over. # id: 1912-august-bloc.21
And now the Bolsheviks have started a daily paper in St Petersburg. They have called it Pravda too. # id: 1912-august-bloc.22
You write a furious letter of protest: Lenin has stolen your paper's name. Your friends agree. The workers in Petersburg mostly do not care whose name it was. # id: 1912-august-bloc.23
~ lenin_trust -= 1
You decide that the party must meet as one, before the split hardens for good. # id: 1912-august-bloc.24
* [Go on # id: 1912-august-bloc.25] -> a1912_choice

=== a1912_choice ===
Vienna, August 1912. The city is hot and dusty. # place: vienna-conference-hall # date: 1912-08-12 os # people: trotsky, martov, liber, delegates # actor: trotsky # mood: hopeful # id: 1912-august-bloc.26
For months you have worked with an Organising Committee. The Bund, the Latvian Social Democrats and the Caucasian party groups are on it. Together you have invited every faction to a conference here. # id: 1912-august-bloc.27
Now you see who has come. # id: 1912-august-bloc.28
Martov and his friends have come. So have men close to the Liquidators. Their best-known writer, Alexander Potresov, argues in his journal that open, legal work is what counts now. # id: 1912-august-bloc.29
Liber speaks for the Bund. There are Latvians and Georgians, and delegates from a few groups in Russia. # id: 1912-august-bloc.30
A delegate of the Vperyod group is here too. Vperyod means "Forward". Its best-known writer, Anatoly Lunacharsky, once stood with Lenin. Alexander Bogdanov, who founded the group with him, left it last year. Some of its members wanted to pull the party's deputies out of the Duma. They dream of a new workers' culture. # id: 1912-august-bloc.31
The Bolsheviks have not come. Neither have Plekhanov's Mensheviks, nor the Polish Social Democrats. # id: 1912-august-bloc.32
{
- a1912_prague == "negotiate":
    Lenin has sent a cold letter. He will only talk once the Liquidators are gone. # speculation # presumes: DP10 = negotiate # id: 1912-august-bloc.33
- else:
    Lenin's friends say this meeting is a gathering of people he has already thrown out. # presumes: DP10 = constitute # id: 1912-august-bloc.34
}
{lenin_trust >= 3: You still remember the Lenin of the London days. Part of you wishes he were in this room. # id: 1912-august-bloc.35}
{
- unity >= 3 && b1904_choice == "independent":
    Many in the room trust you because you have stood outside the factions since 1904. # presumes: DP05 = independent # id: 1912-august-bloc.36
- unity >= 3:
    Many in the room trust you because you left your old faction and now speak to all of them. # id: 1912-august-bloc.37
}
The delegates look to you to open the conference. You could still change course. # decision: DP11 # id: 1912-august-bloc.38
* [Open the conference and build a bloc of everyone who came #option: convene # id: 1912-august-bloc.39]
    ~ a1912_bloc = "convene"
    ~ unity += 2
    ~ standing_menshevik += 1
    ~ lenin_trust -= 2
    ~ standing_bolshevik -= 1
    You open the conference. Unity, you say, matters more than any faction's pride. # id: 1912-august-bloc.40
    You write the main resolutions yourself. They are worded so that everyone in the room can sign them. # id: 1912-august-bloc.41
* [Call it off and join Lenin's Prague party #option: join-lenin # id: 1912-august-bloc.42]
    ~ a1912_bloc = "join-lenin"
    ~ lenin_trust += 2
    ~ standing_bolshevik += 2
    ~ martov_trust -= 2
    ~ unity -= 2
    You tell the delegates you were wrong. Lenin has the workers behind him. You will go to him. # speculation # id: 1912-august-bloc.43
    The hall erupts. Martov walks out without a word. Liber calls you a turncoat. # speculation # id: 1912-august-bloc.44
    Lenin answers your letter within a week. He welcomes you, but he makes you promise to attack the Liquidators in print. # speculation # id: 1912-august-bloc.45
* [Leave the conference to others and keep your paper independent #option: stand-aside # id: 1912-august-bloc.46]
    ~ a1912_bloc = "stand-aside"
    ~ lenin_trust -= 1
    ~ martov_trust -= 1
    ~ unity -= 1
    You say you will not take sides and hand the chair to someone else. # speculation # id: 1912-august-bloc.47
    The conference goes on without you. It is smaller and duller. Your Pravda keeps calling for unity, but fewer people listen to a man who stays outside every room. # speculation # id: 1912-august-bloc.48
- -> a1912_bloc_days

=== a1912_bloc_days ===
The conference lasts until 20 August. # place: vienna-conference-hall # date: 1912-08-20 os # people: trotsky, martov, liber, delegates # actor: trotsky # mood: grim # id: 1912-august-bloc.49
On the very first day, the Vperyod delegate walked out. They wanted no bloc with the Liquidators. # id: 1912-august-bloc.50
The ones who stay agree on very little. Some want a legal, open party. Others still believe in the underground. Lenin's friends say the only thing they share is that they are against Lenin. They themselves say they share the wish for one party. # id: 1912-august-bloc.51
{
- a1912_bloc == "convene":
    People start calling it the August Bloc. You hoped it would be the start of one party. It looks more like a truce between tired enemies. # presumes: DP11 = convene # id: 1912-august-bloc.52
- a1912_bloc == "join-lenin":
    Without you, the others form their bloc anyway. In Vienna they call you a deserter. In Lenin's camp, some still call you a newcomer. # speculation # presumes: DP11 = join-lenin # id: 1912-august-bloc.53
- else:
    The others form their bloc without you. You watch from the side. # speculation # presumes: DP11 = stand-aside # id: 1912-august-bloc.54
}
You listen to the speeches for a week. A Liquidator from St Petersburg says the workers want open unions, sick funds and honest newspapers, not secret cells that the police break up every winter. # id: 1912-august-bloc.55
A Latvian answers him sharply. Without the underground, he says, the police will simply close every legal paper the day it becomes dangerous. # id: 1912-august-bloc.56
Martov speaks for an hour. He says the party must be broad enough for everyone who is not a traitor. Liber nods along. Then they argue for an hour about the word "republic". # id: 1912-august-bloc.57
Outside, Vienna goes about its summer. Men in straw hats drink beer in the parks. Nobody in the city has heard of any of you. # id: 1912-august-bloc.58
Lenin attacks the bloc in print. He calls it a cover for the Liquidators. Much later, Soviet historians will call it the "anti-party bloc". # id: 1912-august-bloc.59
* [Go on # id: 1912-august-bloc.60] -> a1912_after

=== a1912_after ===
Vienna, June 1914. Two years have passed. # place: vienna-cafe # date: 1914-06-20 ns # people: trotsky, sedova # actor: trotsky # mood: grim # id: 1912-august-bloc.61
In the autumn of 1912 a Kiev newspaper sent you to the Balkans to report on the war there. You saw burned villages and frightened prisoners. You wrote about the horror of war, and about hatred between nations. # id: 1912-august-bloc.62
{
- a1912_bloc == "convene":
    When you came back, the bloc was falling apart. Early this year the Latvians left it. You drifted away yourself and started a new journal of your own. # presumes: DP11 = convene # id: 1912-august-bloc.63
- a1912_bloc == "join-lenin":
    When you came back, Lenin's people had work waiting for you. Meanwhile the bloc you walked away from is falling apart. Early this year the Latvians left it. # speculation # presumes: DP11 = join-lenin # id: 1912-august-bloc.64
- else:
    When you came back, the bloc you stayed out of was falling apart. Early this year the Latvians left it. # speculation # presumes: DP11 = stand-aside # id: 1912-august-bloc.65
}
In Russia, the Bolsheviks have grown fast. Lenin now counts the groups of workers who collect money for each side's newspapers. # id: 1912-august-bloc.66
By his count, about 2,800 workers' groups gave money to the Bolshevik Pravda in the first months of 1914. Only about 600 gave to the Liquidators' paper. # id: 1912-august-bloc.67
It is not a count of party members. It only shows which paper workers chose to support. Still, the gap is wide. # id: 1912-august-bloc.68
{
- a1912_bloc == "join-lenin":
    You have been working with Lenin for two years now. The quarrels have not stopped, but they are quarrels inside one camp. # speculation # presumes: DP11 = join-lenin # id: 1912-august-bloc.69
- a1912_bloc == "stand-aside":
    Your independence has kept your name clean, and kept you alone. # speculation # presumes: DP11 = stand-aside # id: 1912-august-bloc.70
- else:
    Years later you will look back on the bloc with regret, and call your hopes of those years a mistake. Others will say you were right to try. # presumes: DP11 = convene # id: 1912-august-bloc.71
}
{workers_trust >= 5: Workers in Petersburg still remember the Soviet of 1905, and your name with it. # id: 1912-august-bloc.72}
Summer comes to Vienna. The cafés are full. Nobody talks about war yet. But in the Balkans, you have already seen what it looks like. # id: 1912-august-bloc.73
->->

// ---- Class play: the class is the Prague conference --------------------------------------------
// When a class plays this part (in_class()), the conference's vote is the class's: the game counts
// each group's seats (classroom/episodes.json, "bodies") and plays the outcome that won.

=== a1912_prague_class ===
You put your motion to the delegates: this conference is the party. Only the delegates in the room vote, and the count decides. # decision: DP10 # id: 1912-august-bloc.74
* [The conference declares itself the party and elects a new Central Committee #option: constitute # id: 1912-august-bloc.75]
    ~ a1912_prague = "constitute"
    ~ party_strength += 1
    ~ unity -= 2
    The motion carries. This conference is the party, and its decisions bind everyone. # id: 1912-august-bloc.76
    The delegates elect a new Central Committee of your people. They declare that the Liquidators have placed themselves outside the party. # id: 1912-august-bloc.77
    Nobody here says the word "split". But everyone knows what has happened. # id: 1912-august-bloc.78
* [The conference votes to call all the factions to a joint meeting first #option: negotiate # id: 1912-august-bloc.79]
    ~ a1912_prague = "negotiate"
    ~ unity += 1
    ~ party_strength -= 1
    The motion fails. Even your own delegates want one more try at a joint meeting. # speculation # id: 1912-august-bloc.80
    You send letters to Plekhanov, to the Poles, even to Trotsky. The replies are slow and full of conditions. # speculation # id: 1912-august-bloc.81
- -> a1912_vienna_news
