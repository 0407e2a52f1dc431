// Words that tell what a figure measures, what it counts and where it happened.

/** Word forms -> the measure they name, as a participle where there is one ("killing" -> "killed"). */
export const MEASURE_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    killed: "kill kills killed killing dead died die dies dying death deaths fatalities fatality perished toll",
    wounded: "wound wounds wounded wounding injure injures injured injuring injuries injury hurt",
    fled: "flee flees fled fleeing refugees refugee exodus crossed entered arrivals",
    "on strike": "strike strikes striking strikers picket pickets walkout walked",
    employed: "employ employs employed employing employees workforce",
    "without power": "electricity blackout blackouts outage outages",
    sheltering: "sheltering sheltered shelters",
    waiting: "waiting queued queuing anchored",
    offered: "offer offers offered offering",
    demanded: "demand demands demanded demanding",
    deployed: "deploy deploys deployed deploying sent",
    distributed: "distributed distributing delivered",
    hospitalised: "hospitalised hospitalized hospital treated",
    allocated: "allocate allocated allocates earmarked",
    requested: "request requested requests asked",
    donated: "donate donated donations donation",
    received: "receive received receives",
    viewed: "viewed watched",
    handled: "handle handles handled handling",
    displaced: "displaced displacing displacement homeless",
    missing: "missing disappeared unaccounted",
    evacuated: "evacuate evacuates evacuated evacuating evacuation evacuations evacuees",
    arrested: "arrest arrests arrested arresting detain detains detained detaining detentions",
    rescued: "rescue rescues rescued rescuing pulled plucked saved",
    buried: "buried burials",
    identified: "identified",
    destroyed: "destroy destroys destroyed destroying",
    burned: "burned burnt burning scorched charred",
    damaged: "damaged damaging",
    cancelled: "cancel cancels cancelled canceled cancelling canceling cancellations scrapped scrap axed grounded",
    stranded: "stranded",
    delayed: "delayed delays",
    launched: "launched fired",
    intercepted: "intercepted downed",
    infected: "infected infections",
    vaccinated: "vaccinated vaccinations",
    affected: "affected",
    captured: "captured seized",
    sentenced: "sentenced",
    protested: "protested protesters demonstrators marched",
    voted: "voted votes",
    pledged: "pledge pledges pledged pledging promised",
    spent: "spend spends spent spending",
    raised: "raise raises raised raising",
    cost: "cost costs costing",
    paid: "pay pays paid paying payment payments",
    lost: "lose loses lost losing losses",
    cut: "cut cuts cutting",
    borrowed: "borrow borrows borrowed borrowing loan loans",
    fined: "fine fines fined",
    population: "population inhabitants",
  }).flatMap(([measure, forms]) => forms.split(" ").map((form) => [form, measure] as const)),
);

/** Verbs that only say a count was made: a measure when nothing more telling is near. */
export const REPORTING_MEASURES: ReadonlySet<string> = new Set(["reported", "recorded", "counted", "registered", "confirmed", "logged", "documented", "tallied", "verified"]);

/** Head nouns of the sites of an event ("a bread factory", "a military training ground"). */
export const EVENT_SITES: ReadonlySet<string> = new Set(
  "colliery mine pit quarry factory ground hospital school theatre theater station market base plant mall building bridge airport shelter church mosque synagogue camp prison stadium hotel dormitory refinery depot warehouse mine checkpoint crossing office clinic kindergarten university college barracks port harbour harbor square centre center block complex compound village".split(" "),
);

/** Nouns of what happens in a story, whose tolls its figures are ("the Badalona fire", "the Kabul car bombing"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(
  "fire blaze explosion explosions blast collapse crash pileup accident attack attacks bombing bombings shooting shootings stabbing earthquake quake tremor storm hurricane typhoon cyclone flood floods flooding landslide eruption tsunami outbreak epidemic pandemic derailment sinking shipwreck stampede riot riots protest protests clashes assault raid strike strikes siege ambush massacre wildfire wildfires heatwave drought famine".split(" "),
);
/** Verbs of what happens in a story, and the noun that names the event: "A Viazul bus crashed" -> "the Viazul bus crash". */
export const EVENT_VERBS: ReadonlyMap<string, string> = new Map([
  ["crashed", "crash"], ["collapsed", "collapse"], ["exploded", "explosion"], ["overturned", "crash"], ["capsized", "capsizing"],
  ["sank", "sinking"], ["derailed", "derailment"], ["erupted", "eruption"], ["struck", "strike"], ["flooded", "flood"],
]);
/** Measures of what an event did to people and things: a story's event is their subject when the sentence names none. */
export const EVENT_TOLLS: ReadonlySet<string> = new Set(
  "killed wounded injured dead died missing evacuated rescued hospitalised hospitalized trapped displaced affected detained arrested burned destroyed damaged".split(" "),
);

/** Units of time: "three years", "24 hours" are spans of time, not counts of things. */
export const TIME_UNITS = "seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century";

export const MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

/** Capitalised words before a number that make it a name or an identifier, not a quantity. */
export const IDENTIFIER_WORDS = "Route|Highway|Motorway|Article|Articles|Resolution|Chapter|Flight|Room|Gate|Platform|No|Nos|Number|Section|Level|Phase|Stage|Boeing|Airbus|Version|Channel|Terminal|Bus|Line|Unit|Block|Building|Ward|Paragraph|Clause|Amendment|Rule|Item|Bill|Order|Decree|Law|Code|Page|Pages|Volume|Vol|Episode|Season|Grade|Category|Class|Type|Model|Mark|Mk|Apollo|Windows|Covid|COVID|Brigade|Division|Battalion|Regiment|Corps|Army|District|Precinct|Pier|Exit|Junction|Track|Lot|Case|Match|Game|Round|Heat|Week|Day|Year|Group|Region|Zone|Sector|Area|Camp|Station|Reactor";
