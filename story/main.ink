// Turning Points: Trotsky, from prison to power.
// Entry point: the global variables of the whole chapter, the parts, the first divert.

// Standing with Lenin's wing of the party (later the Bolsheviks). 0 = unknown to them.
VAR standing_bolshevik = 0
// Standing with Martov's wing of the party (later the Mensheviks). 0 = unknown to them.
VAR standing_menshevik = 0
// How far ordinary workers in Russia trust Trotsky's name.
VAR workers_trust = 0
// How strong and united the party is as a whole.
VAR party_strength = 0
// How safe Trotsky is from the police (higher is safer).
VAR safety = 3
// Trotsky's name as a conciliator, a man who tries to keep the party together.
VAR unity = 0

// Lenin's personal trust in Trotsky (starts warm: Lenin brought him onto Iskra).
VAR lenin_trust = 2
// Martov's personal trust in Trotsky (starts warm: they work side by side on Iskra).
VAR martov_trust = 2
// Plekhanov's personal trust in Trotsky (starts cool: he kept Trotsky off the board).
VAR plekhanov_trust = -1

// What Trotsky did on the Bund's demand (DP04-bund): "oppose", "support" or "silent".
VAR bund_stance = ""
// How Trotsky voted on Paragraph 1 (DP04a): "martov", "lenin" or "abstain".
VAR para1_vote = ""
// What Trotsky did in the editorial board vote (DP04b): "keep-six", "three" or "blank".
VAR board_vote = ""
// The side Trotsky took after the congress (DP04d): "mensheviks", "bolsheviks" or "neutral".
VAR side_1903 = ""

// True when a class plays an episode (classroom mode): at the votes a body took, the class is the
// body, and its vote decides which way the story goes. The game binds it; alone, the fallback at the
// end of this file says no.
EXTERNAL in_class()

INCLUDE 1897-youth.ink
INCLUDE 1903-congress.ink
INCLUDE 1904-break.ink
INCLUDE 1905-soviet.ink
INCLUDE 1906-trial.ink
INCLUDE 1912-august-bloc.ink
INCLUDE 1915-zimmerwald.ink
INCLUDE 1917-spring.ink
INCLUDE 1917-july.ink
INCLUDE 1917-kornilov.ink
INCLUDE 1917-october.ink

// The chapter: each part is a tunnel and returns here; the last part ends the story.
// Between parts the player turns the page: a choice tagged # part, where a classroom episode starts.
-> youth_1897 ->
* [Turn the page — 1903: the party congress in Brussels and London #part: congress_1903 # id: main.1]
- -> congress_1903 ->
* [Turn the page — 1904: a year in exile #part: break_1904 # id: main.2]
- -> break_1904 ->
* [Turn the page — 1905: revolution in St Petersburg #part: soviet_1905 # id: main.3]
- -> soviet_1905 ->
* [Turn the page — 1906: prison and trial #part: trial_1906 # id: main.4]
- -> trial_1906 ->
* [Turn the page — 1912: the fight for unity #part: bloc_1912 # id: main.5]
- -> bloc_1912 ->
* [Turn the page — 1914–1915: war #part: zimmerwald_1915 # id: main.6]
- -> zimmerwald_1915 ->
* [Turn the page — 1917: the return to Petrograd #part: spring_1917 # id: main.7]
- -> spring_1917 ->
* [Turn the page — July 1917: the July Days #part: july_1917 # id: main.8]
- -> july_1917 ->
* [Turn the page — August 1917: Kornilov #part: kornilov_1917 # id: main.9]
- -> kornilov_1917 ->
* [Turn the page — October 1917: the insurrection #part: october_1917 # id: main.10]
- -> october_1917

// The fallback of in_class() when the game does not bind it: the story played alone.
=== function in_class() ===
~ return false
