// Every word list the quote rules use, as data in one place: reporting verbs, speech acts, titles,
// organisations, places, pronouns, openers. Regular expressions that match any word of a list are
// built from the list here (`alternation`), so that no list hides inside a pattern. A test fails on
// a word listed twice.

/** A regular-expression alternation of words, longest first so that "said in" wins over "said". */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/** A verb's forms: base, third person, past, participle in -ing. */
export interface VerbForms {
  base: string;
  third: string;
  past: string;
  ing: string;
}

/** Forms a rule would get wrong: irregular pasts, doubled consonants. */
const IRREGULAR: Record<string, Partial<VerbForms>> = {
  say: { third: "says", past: "said" },
  tell: { past: "told" },
  write: { past: "wrote" },
  read: { past: "read" },
  speak: { past: "spoke" },
  shoot: { past: "shot" },
  forecast: { past: "forecast" },
  quip: { past: "quipped", ing: "quipping" },
  snap: { past: "snapped", ing: "snapping" },
  admit: { past: "admitted", ing: "admitting" },
  regret: { past: "regretted", ing: "regretting" },
  plead: { past: "pleaded" },
};

/** The forms of an English verb, by the regular rules unless listed above. */
export function verbForms(base: string): VerbForms {
  const third = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = /e$/.test(base) ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return { base, third, past, ing, ...IRREGULAR[base] };
}

/** Verbs of saying that introduce quotations as well as reported speech: "said", "recalls", "quipped". */
export const QUOTE_VERB_LEMMAS = [
  "say", "tell", "add", "warn", "announce", "state", "declare", "note", "explain", "insist", "stress", "argue", "claim", "assert",
  "write", "tweet", "post", "reply", "respond", "answer", "continue", "recall", "urge", "ask", "confirm", "acknowledge", "admit",
  "concede", "suggest", "predict", "promise", "vow", "complain", "caution", "indicate", "reiterate", "emphasise", "emphasize",
  "observe", "remark", "comment", "quip", "agree", "counter", "conclude", "shout", "yell", "exclaim", "chant", "whisper", "mutter",
  "joke", "interject", "snap", "boast", "deny", "allege", "recount", "retort", "lament", "testify", "elaborate", "read", "reason",
  "opine", "outline", "inform",
] as const;

/** Verbs that report a clause but seldom introduce a quotation: "signalled that", "informed that". */
export const REPORT_VERB_LEMMAS = [
  "report", "reveal", "disclose", "assure", "pledge", "maintain", "contend", "underline", "underscore", "hint", "estimate",
  "signal", "speculate", "mention", "rule", "determine", "express", "clarify", "specify", "forecast", "reckon", "reaffirm",
  "affirm", "question", "wonder", "query", "share", "propose",
] as const;

/** British spellings the rules above do not make: "signalled", "signalling". */
export const BRITISH_VERB_FORMS = ["signalled", "signalling", "counselled", "labelled"] as const;

/**
 * Forms that are nouns as often as verbs ("the claims", "his remarks"): a verb only when no
 * determiner, possessive or adjective of number stands right before it.
 */
export const NOUN_LIKE_FORMS = [
  "states", "notes", "claims", "reports", "comments", "posts", "answers", "replies", "remarks", "counters", "reads", "promises",
  "vows", "warns", "tweets", "estimates", "signals", "hints", "demands", "proposes", "concludes", "pledges",
] as const;

/** Base forms that stand as cues ("they say", "officials tell"): the others are nouns as often ("a report", "the post"). */
const CUE_BASE_FORMS = ["say", "tell", "add", "warn", "insist", "explain", "argue", "write", "agree", "admit", "deny", "confirm", "recall", "suggest", "predict", "concede", "allege", "testify", "stress", "acknowledge", "maintain", "contend", "reckon"] as const;

/** Reporting verbs, as they stand after a quote or before one: third person, past and the common base forms. */
export const CUE_VERBS = [...new Set<string>([
  ...QUOTE_VERB_LEMMAS.flatMap((v) => [verbForms(v).third, verbForms(v).past]),
  ...CUE_BASE_FORMS.filter((v) => (QUOTE_VERB_LEMMAS as readonly string[]).includes(v)),
])];
export const CUE = new Set<string>(CUE_VERBS);

/** Participles that hang a quote on the sentence's subject: `..., tweeting, "..."`. */
export const PARTICIPLES = QUOTE_VERB_LEMMAS.map((v) => verbForms(v).ing);
export const PARTICIPLE = new Set<string>(PARTICIPLES);

/** Participles that report a clause, as in `..., adding that ...` or `..., arguing that ...`. */
export const REPORT_PARTICIPLES = new Set<string>([...PARTICIPLES, ...REPORT_VERB_LEMMAS.map((v) => verbForms(v).ing), "signalling"]);

/** Verbs that report a clause: every cue and the verbs of reporting, in any form but -ing. */
export const REPORT_VERBS = new Set<string>([
  // "Unrest continued in Portland": "continued" goes on with a quote, never reports a clause.
  ...CUE_VERBS.filter((v) => v !== "continued" && v !== "continues"),
  // "officials say", "activists claim": the base form after a plural subject.
  ...QUOTE_VERB_LEMMAS.filter((v) => v !== "read" && v !== "continue"),
  ...REPORT_VERB_LEMMAS.flatMap((v) => [verbForms(v).third, verbForms(v).past, verbForms(v).base]),
  "shot", "signalled", "pointed",
]);

/** Verbs whose subject has found or decided something: "the court ruled", "the inquiry found". */
export const FINDING_VERBS = ["reported", "found", "ruled"] as const;

/** Verbs after which a bare clause (no "that") is as likely a thing as a statement: "promised a 'fair pay agreement'". */
export const OBJECT_TAKING_VERBS_LIST = [
  "promised", "pledged", "vowed", "announced", "confirmed", "revealed", "disclosed", "reported", "unveiled",
  // "expressed their anger", "declared a state of emergency", "maintains his innocence", "denied any allegation".
  "expressed", "expresses", "declared", "declares", "maintained", "maintains", "denied", "denies", "outlined", "mentioned",
  "reiterated", "reaffirmed", "acknowledged", "specified", "answered", "announces", "confirms", "reveals", "reports",
  // "questioned the decision", "shared a photo": a report only of a clause that comes at once ("shared that ...", "questioned whether ...").
  "questioned", "questions", "wondered", "queried", "shared", "shares",
] as const;
export const OBJECT_TAKING_VERBS = new Set<string>(OBJECT_TAKING_VERBS_LIST);

/** Verbs of telling, whose hearer stands between the verb and the clause: "told parliament that". */
export const TELLING_VERBS_LIST = ["told", "tells", "informed", "assured", "reminded"] as const;
export const TELLING_VERBS = new Set<string>(TELLING_VERBS_LIST);

/** Hearers of "told": "told reporters", "told state television". */
export const HEARERS = ["reporters", "journalists", "parliament", "lawmakers", "television", "radio", "media", "press", "broadcaster", "agency", "newspaper", "him", "her", "them", "us", "me"] as const;

/** Verbs that, before "to", promise or ask for an act rather than report speech: "agreed to switch off". */
export const ACT_VERBS_LIST = ["agreed", "promised", "vowed", "asked", "urged"] as const;
export const ACT_VERBS = new Set<string>(ACT_VERBS_LIST);

/** Verbs that after a plural noun read as a passive participle: "ceasefires agreed since 1990". */
export const PARTICIPLE_LIKE_VERBS_LIST = ["agreed", "announced", "reported", "confirmed"] as const;
export const PARTICIPLE_LIKE_VERBS = new Set<string>(PARTICIPLE_LIKE_VERBS_LIST);

/**
 * Speech acts in the past tense: `X called the plan "..."`, `described him as "..."`, `accused Y of
 * "..."`. Quoted words after them are X's (partial). The present tense ("what Russia calls a
 * "special military operation"") names a label, and stays a term.
 */
export const SPEECH_ACTS_LIST = [
  "characterised", "characterized", "thanked", "commended", "justified", "referred",
  "called", "dubbed", "termed", "labelled", "labeled", "branded", "described", "accused", "praised", "criticised", "criticized",
  "condemned", "dismissed", "hailed", "denounced", "derided", "mocked", "blasted", "slammed", "lauded", "welcomed", "rejected",
  "regarded",
] as const;
export const SPEECH_ACTS = new Set<string>(SPEECH_ACTS_LIST);

/**
 * Speech acts in the present tense: a person's own word for a thing ("which he calls "good fun"",
 * "brands such criticisms as "absolutely rubbish""). Only a person's: "what Russia calls a "special
 * military operation"" names a label, a term.
 */
export const PRESENT_SPEECH_ACTS_LIST = [
  "calls", "brands", "describes", "dubs", "labels", "terms", "condemns", "dismisses", "denounces", "derides", "hails", "praises",
  "slams", "accuses", "criticises", "criticizes", "characterises", "characterizes",
] as const;
export const PRESENT_SPEECH_ACTS = new Set<string>(PRESENT_SPEECH_ACTS_LIST);

/** Speech acts as participles: "calling the process "a blatant coup"", "describing the "real threat"". */
export const SPEECH_ACT_PARTICIPLES = ["calling", "describing", "labelling", "labeling", "branding", "dubbing", "terming", "accusing", "praising", "criticising", "criticizing", "condemning", "dismissing", "hailing", "denouncing", "welcoming", "rejecting", "characterising", "characterizing"] as const;

/** Verbs that give a thing a name, in any tense: a short quote after them is a label. */
export const NAMING_VERB_FORMS = [
  "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "term", "terms", "termed", "label", "labels", "labelled",
  "labeled", "brand", "brands", "branded", "describe as", "describes as", "described as", "described it as", "known as",
] as const;
export const NAMING_VERBS = new RegExp(`\\b(?:${alternation(NAMING_VERB_FORMS)})\\b`, "i");

/** Words before a quote that make it a label the writer marks as one: "so-called", "known as", "titled". */
export const LABEL_MARKERS = ["so-called", "called", "dubbed", "named", "termed", "branded", "labelled", "labeled", "titled"] as const;

/** Words of a title or position that stand before a name: "Foreign Minister", "Kremlin spokesman". */
export const TITLE_WORDS_LIST = [
  "president", "minister", "prime", "foreign", "defence", "defense", "interior", "finance", "secretary", "spokesman", "spokeswoman",
  "spokesperson", "adviser", "advisor", "negotiator", "head", "chief", "director", "mayor", "governor", "commander", "ambassador",
  "envoy", "leader", "chancellor", "senator", "representative", "general", "colonel", "captain", "official", "chairman",
  "chairwoman", "chair", "deputy", "vice", "state", "presidential", "delegation", "member", "professor", "dr", "mr", "mrs", "ms",
  "king", "queen", "pope", "judge", "prosecutor", "lawyer", "analyst", "economist", "correspondent", "editor", "ceo", "founder",
  "coach", "manager", "councillor", "councilor", "commissioner", "speaker", "lieutenant", "major", "sergeant", "admiral", "inspector",
  "superintendent", "officer", "sheriff", "attorney", "justice", "secretary-general", "executive", "coordinator", "researcher",
  // Titles and callings that stand before a name in local, court, sports and science reporting.
  "councilwoman", "councilman", "cllr", "alderman", "assemblyman", "assemblywoman", "congressman", "congresswoman", "rep", "sen",
  "gov", "lt", "col", "sgt", "capt", "det", "detective", "constable", "trooper", "skipper", "deckhand", "boss",
  "midfielder", "striker", "goalkeeper", "defender", "forward", "winger", "referee", "rev", "reverend", "bishop",
  "rabbi", "imam", "pastor", "prof", "diplomat", "scientist", "epidemiologist", "physician", "surgeon", "nurse",
  "doctor", "engineer", "pilot", "strategist", "expert", "lawmaker", "legislator", "activist", "campaigner", "owner", "farmer",
  "resident", "witness", "survivor", "teacher", "principal", "headteacher", "student", "chairperson", "treasurer", "auditor",
  "magistrate", "solicitor", "barrister", "counsel", "defendant", "mp", "mep", "senior",
  "councilmember", "administrator", "investor", "aide", "insider", "source", "shadow", "worker", "rescuer", "volunteer", "neighbour", "neighbor",
  "victim", "passenger", "customer", "voter", "parent", "pensioner", "shopper", "fan", "driver", "patient", "observer", "critic",
  "supporter", "opponent", "protester", "organiser", "organizer", "widow", "widower", "woman", "man", "mother", "father", "son",
  "daughter", "wife", "husband", "sister", "brother", "grandmother", "grandfather", "girl", "boy", "person", "employee", "guide", "co-founder", "cofounder", "cfo", "coo", "cto", "md", "sheikh", "ald",
  "archbishop", "cardinal", "priest", "prince", "princess", "duke", "duchess", "emperor", "empress", "sultan", "emir", "ayatollah", "author", "co-author", "guest", "host", "fellow",
  "eyewitness", "interviewee", "attendee", "participant", "citizen", "local", "villager", "relative", "colleague", "friend", "mourner",
  "spectator", "commentator", "pundit", "politician", "delegate", "scholar", "academic", "writer", "artist", "actor", "actress",
  "musician", "player", "athlete", "candidate", "demonstrator", "trader", "medic", "paramedic", "firefighter",
  "soldier", "troop", "militant", "rebel", "insurgent", "fighter", "historian", "archaeologist", "astronomer",
  "biologist", "ecologist", "physicist", "chemist", "geologist", "seismologist", "meteorologist", "forecaster", "climatologist",
  "psychologist", "sociologist", "lecturer", "journalist", "reporter", "blogger", "user", "follower",   "landlord", "tenant", "fisherman", "miner", "pilgrim", "refugee", "migrant", "hostage", "prisoner",
  "inmate", "suspect", "accused", "plaintiff", "claimant", "petitioner", "juror",     "cosplayer", "fursuiter", "designer", "developer", "programmer", "staffer",
  "backbencher", "frontbencher", "peer", "trustee", "presenter", "anchor", "associate", "ally", "partner", "advocate", "monsignor", "monsenor", "monseñor", "gm", "im", "wgm", "wim",
  // People named by what they do or where they stand in a story: witnesses, inquiries, trades, callings.
  "investigator", "agent", "bystander", "onlooker", "inhabitant", "householder", "homeowner", "landowner", "motorist", "cyclist",
  "commuter", "traveller", "traveler", "tourist", "visitor", "holidaymaker", "consumer", "buyer", "seller", "dealer", "vendor",
  "merchant", "shopkeeper", "grower", "breeder", "hunter", "sailor", "coroner", "pathologist", "clinician", "practitioner",
  "therapist", "psychiatrist", "pharmacist", "dentist", "veterinarian", "caregiver", "carer", "teenager", "pupil", "graduate",
  "dean", "provost", "rector", "tutor", "technician", "mechanic", "electrician", "builder", "contractor", "labourer", "laborer",
  "employer", "bureaucrat", "emissary", "mediator", "litigant", "complainant", "accuser", "protestor", "marcher", "unionist",
  "lobbyist", "consultant", "entrepreneur", "shareholder", "stakeholder", "veteran", "policeman", "policewoman", "fireman",
  "warden", "ranger", "astronaut", "cosmonaut", "jockey", "promoter", "producer", "filmmaker", "photographer", "singer", "rapper",
  "comedian", "dancer", "performer", "entertainer", "novelist", "poet", "playwright", "composer", "painter", "curator",
  "librarian", "columnist", "interviewer", "moderator", "panelist", "panellist", "specialist", "environmentalist",
  "conservationist", "zoologist", "geneticist", "virologist", "immunologist", "neuroscientist", "paleontologist",
  "palaeontologist", "anthropologist", "statistician", "mathematician", "planner", "monk", "nun",
  "worshipper", "believer", "parishioner", "congregant", "adherent", "crewmember", "crewman", "seafarer", "lifeguard",
] as const;
export const TITLE_WORDS = new Set<string>(TITLE_WORDS_LIST);

/** Company suffixes: a body with one of these is a company ("the company said" may be it). */
export const COMPANY_SUFFIXES_LIST = ["inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.", "llc", "holdings", "corporation", "partners", "ventures", "airlines", "industries", "technologies", "pharmaceuticals", "therapeutics", "laboratories", "labs", "systems", "motors"] as const;
export const COMPANY_SUFFIXES = new Set<string>(COMPANY_SUFFIXES_LIST);

/**
 * Kinds of bodies, for "the publication" or "the ministry" to find the body of that kind named before
 * it ("The Aviation Herald ... The industry publication stated").
 */
export const BODY_KINDS: Record<string, readonly string[]> = {
  media: ["publication", "newspaper", "paper", "outlet", "broadcaster", "network", "channel", "site", "website", "magazine", "journal", "herald", "times", "post", "tribune", "gazette", "news", "daily", "weekly", "press", "agency", "radio", "television", "tv", "wire"],
  government: ["government", "ministry", "department", "administration", "office", "cabinet", "authority", "authorities", "council", "agency", "commission"],
  company: ["company", "firm", "group", "business", "carrier", "airline", "manufacturer", "operator", "retailer", "maker", "developer", "corporation", "inc", "ltd", "plc", "llc", "corp", "bank", "insurer", "network"],
  police: ["police", "force", "constabulary", "department", "sheriff's"],
  court: ["court", "tribunal", "judge", "bench"],
  party: ["party", "coalition", "alliance", "movement"],
  military: ["army", "military", "forces", "navy", "command", "guard", "corps"],
};

/** What "the company" may stand for: a body named as one of these, or any bare name. */
export const COMPANY_ROLES_LIST = ["company", "firm", "group", "business", "retailer", "carrier", "airline", "insurer", "developer", "manufacturer", "operator"] as const;
export const COMPANY_ROLES = new Set<string>(COMPANY_ROLES_LIST);

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS_LIST = [
  "house", "kremlin", "pentagon", "ministry", "agency", "council", "commission", "office", "department", "government", "army",
  "forces", "nato", "un", "unhcr", "unicef", "who", "eu", "union", "committee", "court", "parliament", "congress", "senate",
  "police", "service", "bank", "fund", "organization", "organisation", "institute", "party", "authority", "authorities", "board",
  "company", "group", "embassy", "administration", "cabinet", "military", "navy", "command", "staff", "press", "news", "times",
  "reuters", "afp", "interfax", "tass", "ria", "bbc", "cnn", "federation", "association", "university", "hospital", "school",
  "iom", "unesco", "imf", "opec", "red", "cross", "assembly", "duma", "rada", "secretariat", "coalition", "alliance", "states", "kingdom", "nations", "fc", "club", "firm", "regulator", "airline", "insurer", "carrier",
  "league", "team", "network", "operator", "utility", "developer", "manufacturer", "retailer", "charity", "foundation", "trust",
  "city", "town", "municipality", "township", "borough",
  "giant", "conglomerate", "lender", "brewer", "carmaker", "automaker", "chipmaker", "supermarket", "exporter",
  "watchdog", "county", "broadcaster", "newspaper", "publisher", "prosecutors", "prosecution", "brigade", "guard", "leadership",
  "management", "corps", "survey", "census", "poll", "metro", "transit", "rail", "railways", "trains", "buses", "airways",
  "energy", "media", "telecom", "center", "centre", "society", "observatory", "laboratory", "programme", "program",
  "tribunal", "inquiry", "movement", "campaign", "front", "project", "database", "publication", "outlet", "portal", "tabloid", "conference", "legislature", "legislatures", "bureau", "academy", "college", "hotel", "museum", "theatre", "theater", "restaurant", "zoo", "mall",
  // Newspapers and agencies: "The Aviation Herald", "the Baltimore Sun".
  "herald", "journal", "tribune", "gazette", "telegraph", "chronicle", "inquirer", "daily", "weekly", "magazine", "insider",
  "dispatch", "courier", "examiner", "sentinel", "radio", "television", "tv", "channel",
  // Forces and services: "Florida Highway Patrol", "the Coast Guard's rescue unit".
  "patrol", "coastguard", "squad", "unit", "taskforce", "force",
  // Places of worship and palaces, which speak through their staff: "the palace said".
  "mosque", "church", "cathedral", "temple", "synagogue", "palace",
  // Company suffixes: "Pemberton Outdoor Inc.", "Halden Holdings plc".
  ...COMPANY_SUFFIXES_LIST,
] as const;
export const ORG_WORDS = new Set<string>(ORG_WORDS_LIST);

/** News outlets and platforms by name: they relay others' words ("According to Twitter, he describes himself as ..."). */
export const OUTLETS = [
  "reuters", "afp", "ap", "bbc", "cnn", "nbc", "cbs", "abc", "npr", "pbs", "msnbc", "fox", "bloomberg", "politico", "axios", "forbes",
  "twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "reddit", "interfax", "tass", "ria", "xinhua", "kyodo", "yonhap",
  "rtÉ", "rte", "itv", "sky", "euronews", "dw", "rappler", "vox", "buzzfeed", "vice", "slate", "wikinews",
] as const;

/** Last words of newspapers' names, a body only after "the" ("the Baltimore Sun", "The Globe and Mail"): surnames as often. */
export const NEWSPAPER_WORDS = ["sun", "star", "mail", "mirror", "guardian", "independent", "observer", "standard", "express", "globe", "record", "bulletin", "review", "register", "monitor", "statesman", "nation", "age", "australian", "citizen", "leader", "advertiser", "enquirer", "free press", "progress"] as const;

/** Words that name a body standing before "of", "for" or "on": "the Ministry of Defence". */
export const BODY_BEFORE_OF = ["Ministry", "Department", "Council", "Commission", "Office", "Agency", "Court", "Committee", "Institute", "Bank", "Union", "Organisation", "Organization", "Conference", "University", "Bureau", "Board", "Society", "Association", "Federation", "College", "Academy", "Centre", "Center", "School", "Church", "House", "Chamber", "Service", "Authority", "Administration", "Foundation", "Fund", "Museum", "Party", "Republic", "Kingdom", "Coalition", "League", "Alliance"] as const;

/** Countries, capitals and other places that speak for their governments ("Ukraine said", "Moscow said"). */
/**
 * What a business or body is, in words that never describe a person ("drinks group Pernod Ricard",
 * "French firm Alstom"): unlike "guard" or "center", which are players' positions as well.
 */
export const BODY_DESCRIPTIONS_LIST = [
  "group", "company", "firm", "giant", "conglomerate", "lender", "bank", "carrier", "airline", "retailer", "manufacturer", "insurer",
  "brewer", "carmaker", "automaker", "chipmaker", "supermarket", "chain", "publisher", "broadcaster", "charity", "regulator",
  "watchdog", "utility", "developer", "exporter", "network", "newspaper", "agency", "organisation", "organization", "foundation",
] as const;
export const BODY_DESCRIPTIONS = new Set<string>(BODY_DESCRIPTIONS_LIST);

/**
 * Participles that begin names ("United States", "Associated Press", "Armed Forces"): not a verb
 * opening a list or headline ("Listed US authorities"), which is no part of a speaker.
 */
export const NAME_PARTICIPLES_LIST = [
  "united", "associated", "allied", "consolidated", "amalgamated", "federated", "incorporated", "limited", "combined", "advanced",
  "applied", "integrated", "chartered", "registered", "concerned", "armed", "organized", "organised", "licensed", "certified",
  "reformed", "distinguished", "honoured", "honored", "blessed", "assembled", "affiliated", "accredited", "unified", "animated",
] as const;
export const NAME_PARTICIPLES = new Set<string>(NAME_PARTICIPLES_LIST);

export const PLACES_LIST = [
  // Countries, in English.
  "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas",
  "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil",
  "brunei", "bulgaria", "burkina", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros",
  "congo", "croatia", "cuba", "cyprus", "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "eritrea", "estonia",
  "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada",
  "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
  "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos",
  "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia",
  "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro",
  "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman",
  "pakistan", "palau", "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
  "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan",
  "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey",
  "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam", "yemen", "zambia",
  "zimbabwe", "britain", "america", "europe", "scotland", "wales", "england",
  "south korea", "north korea", "south africa", "south sudan", "new zealand", "saudi arabia", "sri lanka", "costa rica",
  "el salvador", "czech republic", "dominican republic", "papua new guinea", "ivory coast", "sierra leone", "hong kong",
  "east timor", "north macedonia", "burkina faso", "puerto rico", "united states", "united kingdom", "united arab emirates",
  // Capitals that speak for their governments.
  "moscow", "kyiv", "kiev", "washington", "london", "paris", "berlin", "beijing", "minsk", "brussels", "ankara", "tokyo", "delhi",
  "ottawa", "rome", "madrid", "geneva", "warsaw", "tehran", "jerusalem", "seoul", "pyongyang", "damascus", "baghdad", "kabul",
  "islamabad", "riyadh", "cairo", "canberra", "taipei", "havana", "caracas", "brasilia", "tripoli", "khartoum", "nairobi",
  // States and provinces, which speak for their governments as countries do.
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming", "ontario", "quebec", "alberta", "manitoba", "saskatchewan", "british columbia", "nova scotia", "new south wales", "victoria", "queensland", "tasmania", "northern ireland", "bavaria", "catalonia", "siberia", "crimea", "kashmir", "punjab", "kerala",
] as const;
export const PLACES = new Set<string>(PLACES_LIST);

/** Words that make a capitalised phrase a place: the first word or the last of the name. */
export const PLACE_WORDS = [
  "River", "Street", "Road", "Avenue", "Lane", "Bridge", "Park", "Lake", "Mount", "Mountain", "Mountains", "Valley", "Square",
  "Station", "Airport", "Island", "Bay", "Coast", "Sea", "Ocean", "Hall", "Centre", "Center", "Stadium", "Library", "Church",
  "Cathedral", "Market", "Harbour", "Harbor", "Gate", "Quay", "Wharf", "Capitol", "San", "Santa", "Port", "Fort",
] as const;

export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
export const OBJECT_PRONOUNS: Record<string, string> = { him: "he", her: "she", them: "they" };

/** Courtesy titles: part of how a name is written, not a role. */
export const HONORIFICS = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame"] as const;
/** Honorifics before a surname that make it surely a person's: "Mr Morozkin", "Lord Butler". */
export const HONORIFICS_BEFORE_SURNAME = [...HONORIFICS, "Lord", "Lady"] as const;

/** Capitalised words that are not names, at a sentence's start: "Those who said ...", "Many". */
export const FUNCTION_WORDS = [
  "those", "these", "this", "that", "there", "here", "many", "some", "most", "others", "several", "all", "both", "each", "every",
  "such", "few", "what", "which", "who", "whose", "it", "its", "their", "his", "her", "hers", "our", "your", "my", "one", "none",
  "nobody", "somebody", "someone", "everyone", "everybody", "anyone", "has", "was", "is", "does", "says", "thus", "as", "us",
  "yes", "perhaps", "whereas", "always", "sometimes", "news", "days", "years", "months", "weeks", "hours", "i", "me", "we", "you",
  "image", "photo", "per", "when", "if", "he", "she", "they", "them", "him", "here's", "let", "please", "thank", "thanks",
] as const;

/** Openers of a sentence that are not its subject: "Meanwhile,", "After the meeting,". */
export const ADVERBIAL_OPENER_WORDS = [
  "meanwhile", "however", "but", "and", "also", "separately", "earlier", "later", "late", "then", "still", "yet", "instead",
  "moreover", "in addition", "in the meantime", "at the same time", "after", "before", "on", "in", "at", "since", "during",
  "while", "asked", "speaking", "addressing", "sentencing", "responding", "commenting", "testifying", "reacting", "announcing",
  "explaining", "concluding", "summing up", "writing", "reflecting", "pressed", "questioned", "interviewed", "challenged",
  "outside", "inside", "elsewhere", "afterwards", "overnight", "nearby", "back", "when", "as", "for", "by", "from", "with",
  "without", "under", "over", "following", "according", "indeed", "in fact", "notably", "similarly", "likewise", "additionally",
  "furthermore", "first", "second", "third", "finally", "lastly", "next", "again",
] as const;
export const ADVERBIAL_OPENERS = new RegExp(`^(?:${alternation(ADVERBIAL_OPENER_WORDS)})\\b`, "i");

/** Words after a name that are honours or ranks, not part of it: "Julian Prentice SC", "Ed Lamb MP". */
export const POST_NOMINALS = /^(?:SC|KC|QC|MP|MSP|MEP|AM|OBE|MBE|CBE|KBE|DBE|Jr\.?|Sr\.?|II|III|IV|PhD|MD|Esq\.?)$/;

/** Words that end with a full stop without ending the sentence: "said Dr. Ingrid Halvorsen". */
export const ABBREVIATIONS = ["Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "St", "Sgt", "Lt", "Col", "Gen", "Capt", "Cllr", "Rev", "Sen", "Rep", "Gov", "Det", "Insp", "Supt", "Jr", "Sr", "Mt", "No", "Inc", "Corp", "Ltd", "Co", "Bros", "vs"] as const;

/** Words that stand between a subject and its reporting verb: "the ministry has also said". */
export const AUXILIARIES = ["has", "have", "had", "also", "then", "later", "again", "further", "previously", "once", "reportedly", "already", "had also", "has also", "went on to", "goes on to", "go on to", "has gone on to", "would", "will", "did", "does", "do", "could", "publicly", "privately", "repeatedly", "openly", "quickly"] as const;

/** Words of time after a reporting verb: "said on Monday", "said late Sunday". */
export const TIME_WORDS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend"] as const;

/** Small words a title leaves in lower case: "Winter in Larkhaven", "Gloves On, Phones Off". */
export const TITLE_SMALL_WORDS = ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "nor", "vs", "vs.", "de", "la", "le", "du", "von", "van"] as const;

/** Nouns a quoted title stands beside: `a documentary, "Gloves On, Phones Off"`, `a post titled "..."`. */
export const WORK_NOUNS = [
  "titled", "entitled", "headlined", "book", "novel", "memoir", "report", "study", "paper", "film", "documentary", "series",
  "album", "song", "single", "play", "musical", "poem", "essay", "column", "post", "plan", "programme", "program", "strategy",
  "campaign", "show", "podcast", "exhibition", "collection", "catalogue", "catalog", "anthology", "guide", "pamphlet", "magazine",
  "newsletter", "opera", "ballet", "two-hander", "sitcom", "drama", "comedy", "thriller", "biography", "autobiography", "opinion",
  "manifesto", "white paper", "fourth", "third", "second", "first", "fifth", "latest", "debut", "last",
] as const;

/** Nouns for a document that speaks for whoever issued it: "the ministry's statement" is the ministry's. */
export const DOCUMENT_NOUNS = ["statement", "figures", "data", "report", "estimate", "estimates", "count", "tally", "website", "account", "announcement", "records", "filing", "survey", "analysis"] as const;

/**
 * Writings that speak for whoever issued them when the article names the issuer: "Judge Miller's
 * statement reads", "a tweet by Mike Pompeo", "an AEW press release". With no issuer named ("the
 * study said") they name no speaker.
 */
export const WRITINGS = [
  "statement", "statements", "report", "letter", "decree", "summary", "release", "post", "tweet", "tweets", "message", "ruling",
  "judgment", "judgement", "filing", "website", "account", "announcement", "communique", "communiqué", "memo", "notice", "document",
  "order", "proclamation", "bulletin", "advisory", "study", "paper", "survey", "analysis", "blog", "video", "email", "transcript",
  "opinion", "verdict", "motion", "lawsuit", "complaint", "petition", "manifesto", "speech", "address", "interview", "editorial",
  "note", "notes", "caption", "figures", "data", "estimate", "estimates", "records", "count", "tally",
  "reports", "studies", "documents", "letters", "findings", "plans", "description", "research", "investigation", "hypothesis",
  "writing", "writings", "papers", "accounts", "rumours", "rumors", "polling", "poll", "polls", "numbers", "statistics",
  "decision", "book", "memoir", "article", "indictment", "affidavit", "obituary", "warning", "warnings",
] as const;

/** Names of a study's authors as a group: "the researchers", "the scientists", "the team" are one group by any of them. */
export const RESEARCH_GROUP_WORDS = ["researchers", "scientists", "team", "authors", "investigators", "astronomers", "biologists", "neuroscientists", "archaeologists", "physicists", "chemists", "ecologists", "geologists", "paleontologists", "palaeontologists"] as const;

/** Writings a person issues as often as a body: with no issuer named, the person named last wrote them. */
export const PERSONAL_WRITINGS = ["letter", "letters", "book", "memoir", "email", "tweet", "tweets", "post", "speech", "interview", "message", "blog", "note", "notes", "article"] as const;


/** Words that open a clause and never start a name: adverbs, conjunctions, subordinators ("Yet", "When", "Thereafter"). */
export const CLAUSE_OPENERS = [
  "yet", "still", "thereafter", "afterwards", "meanwhile", "however", "also", "then", "now", "later", "earlier", "instead",
  "indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "besides", "otherwise", "thus", "hence", "therefore",
  "today", "yesterday", "tonight", "overnight", "recently", "subsequently", "previously", "initially", "finally", "eventually",
  "additionally", "separately", "reportedly", "notably", "mostly", "meantime", "once", "again", "soon", "so", "and", "but", "or",
  "nor", "when", "whenever", "if", "unless", "while", "whilst", "whereas", "although", "though", "because", "as", "since",
  "until", "till", "where", "after", "before", "here", "there",
] as const;

/** Prepositions that open an adverbial ("On Friday", "In the filing itself", "Per reports") and never a name. */
export const PREPOSITIONS = [
  "on", "in", "at", "during", "per", "by", "with", "from", "for", "following", "upon", "over", "under", "through", "throughout",
  "within", "amid", "amidst", "despite", "via", "regarding", "about", "among", "against", "like", "unlike", "beyond", "near",
  "toward", "towards", "across", "around", "to", "into", "onto", "without", "of",
] as const;

/** Given names ending in -ly, which are not adverbs: "Emily", "Kelly". */
export const LY_NAMES = ["emily", "kelly", "shelly", "shelley", "beverly", "reilly", "holly", "molly", "polly", "sally", "billy", "wally", "dolly", "lilly", "lily", "ely", "ally", "bradly", "riley", "kiley", "ashly", "carly", "charly", "darly", "marly", "nelly", "kimberly", "stanly", "hartley", "bentley", "ainsley", "beasly", "presley", "wesley", "bly", "daly", "healy", "connolly", "donnelly", "kelley", "mulally", "tully", "o'reilly", "o’reilly", "guly", "italy", "sicily"] as const;

/** Nouns ending in -ly, which are not adverbs: "the family", "an ally", "the assembly". */
export const LY_NOUNS = ["family", "ally", "rally", "assembly", "supply", "monopoly", "bully", "belly", "jelly", "daily", "weekly", "monthly", "quarterly", "anomaly", "homily", "melancholy", "folly", "july", "italy", "sicily", "rely", "reply", "apply", "comply", "imply", "multiply", "fly", "ply"] as const;

/** Small words inside a person's name: "Nick Van den Brul", "Charles de Gaulle", "Osama bin Laden". */
export const NAME_PARTICLES = ["van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "bint", "ibn", "al", "el", "ter", "ten", "dos", "das", "y", "zu", "af", "av"] as const;

/** Small words inside the name of a body: "Save the Children", "Center for Biological Diversity". */
export const ORG_CONNECTORS = ["of", "for", "the", "and", "&", "on", "in", "at", "without", "to", "against"] as const;

/** Names of days and months: never part of a person's name ("On Friday Ford"). */
export const TIME_NAMES = [
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
  "June", "July", "August", "September", "October", "November", "December",
  // Time zones: "By 5:00 pm EDT (2100 UTC) the city".
  "UTC", "GMT", "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "BST", "CET", "CEST", "IST", "AEST", "AEDT", "JST", "KST",
] as const;

/** All the lists above, by name, for the test that no list holds a word twice. */
export const WORD_LISTS: Record<string, readonly string[]> = {
  NEWSPAPER_WORDS, PERSONAL_WRITINGS, RESEARCH_GROUP_WORDS, OUTLETS,
  QUOTE_VERB_LEMMAS, REPORT_VERB_LEMMAS, NOUN_LIKE_FORMS, BRITISH_VERB_FORMS, SPEECH_ACTS_LIST, PRESENT_SPEECH_ACTS_LIST, NAME_PARTICIPLES_LIST, BODY_DESCRIPTIONS_LIST, TITLE_WORDS_LIST, COMPANY_SUFFIXES_LIST, COMPANY_ROLES_LIST, ORG_WORDS_LIST, PLACES_LIST, OBJECT_TAKING_VERBS_LIST, TELLING_VERBS_LIST, ACT_VERBS_LIST, PARTICIPLE_LIKE_VERBS_LIST, FINDING_VERBS, HEARERS, NAMING_VERB_FORMS, LABEL_MARKERS, BODY_BEFORE_OF, PLACE_WORDS,
  HONORIFICS, SPEECH_ACT_PARTICIPLES, FUNCTION_WORDS, CLAUSE_OPENERS, PREPOSITIONS, LY_NAMES, LY_NOUNS, NAME_PARTICLES, ORG_CONNECTORS, TIME_NAMES, ADVERBIAL_OPENER_WORDS, ABBREVIATIONS, AUXILIARIES, TIME_WORDS, TITLE_SMALL_WORDS, WORK_NOUNS, DOCUMENT_NOUNS, WRITINGS,
};
