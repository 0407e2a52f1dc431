// Word lists the quote rules share: reporting verbs, titles, organisations, pronouns.

/** Reporting verbs, as they stand after a quote or before one. */
export const CUE_VERBS = [
  "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "announced", "announces", "stated", "states",
  "declared", "noted", "explained", "insisted", "stressed", "argued", "claimed", "asserted", "wrote", "writes", "tweeted",
  "posted", "replied", "responded", "answered", "continued", "recalled", "urged", "asked", "confirmed", "acknowledged",
  "admitted", "conceded", "suggested", "predicted", "promised", "vowed", "complained", "cautioned", "indicated", "reiterated",
  "emphasised", "emphasized", "observed", "remarked", "commented", "quipped", "conceded", "agreed", "countered", "concluded",
  "shouted", "yelled", "exclaimed", "chanted", "whispered", "muttered", "joked", "interjected", "snapped", "boasted",
];
export const CUE = new Set(CUE_VERBS);

/** Participles that hang a quote on the sentence's subject: `..., tweeting, "..."`. */
export const PARTICIPLES = new Set(["saying", "adding", "tweeting", "writing", "posting", "telling", "warning", "declaring", "noting", "insisting", "stressing", "explaining"]);

/**
 * Speech acts in the past tense: `X called the plan "..."`, `described him as "..."`, `accused Y of
 * "..."`. Quoted words after them are X's (partial). The present tense ("what Russia calls a
 * "special military operation"") names a label, and stays a term.
 */
export const SPEECH_ACTS = new Set([
  "called", "dubbed", "termed", "labelled", "labeled", "branded", "described", "accused", "praised", "criticised", "criticized",
  "condemned", "dismissed", "hailed", "denounced", "derided", "mocked", "blasted", "slammed", "lauded", "welcomed", "rejected",
]);

/** Verbs that give a thing a name: a quote after them is a label. */
export const NAMING_VERBS = /\b(call|calls|called|calling|dub|dubs|dubbed|term|terms|termed|label|labels|labelled|labeled|brand|brands|branded|describe[sd]? as|described it as|known as)\b/i;

/** Words of a title or position that stand before a name: "Foreign Minister", "Kremlin spokesman". */
export const TITLE_WORDS = new Set(
  [
    "president", "minister", "prime", "foreign", "defence", "defense", "interior", "finance", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisor", "negotiator", "head", "chief", "director", "mayor", "governor", "commander", "ambassador",
    "envoy", "leader", "chancellor", "senator", "representative", "general", "colonel", "captain", "official", "chairman",
    "chairwoman", "chair", "deputy", "vice", "state", "presidential", "delegation", "member", "professor", "dr", "mr", "mrs", "ms",
    "king", "queen", "pope", "judge", "prosecutor", "lawyer", "analyst", "economist", "correspondent", "editor", "ceo", "founder",
    "coach", "manager", "councillor", "councilor", "commissioner", "speaker", "lieutenant", "major", "sergeant", "admiral", "inspector",
    "superintendent", "officer", "sheriff", "attorney", "justice", "secretary-general", "executive", "coordinator", "researcher",
    // Titles and callings that stand before a name in local, court, sports and science reporting.
    "councilwoman", "councilman", "cllr", "alderman", "assemblyman", "assemblywoman", "congressman", "congresswoman", "rep", "sen",
    "gov", "lt", "col", "sgt", "capt", "det", "detective", "constable", "trooper", "chief", "skipper", "deckhand", "boss",
    "midfielder", "striker", "goalkeeper", "defender", "forward", "winger", "captain", "referee", "rev", "reverend", "bishop",
    "rabbi", "imam", "pastor", "prof", "diplomat", "spokesperson", "scientist", "epidemiologist", "physician", "surgeon", "nurse",
    "doctor", "engineer", "pilot", "strategist", "expert", "lawmaker", "legislator", "activist", "campaigner", "owner", "farmer",
    "resident", "witness", "survivor", "teacher", "principal", "headteacher", "student", "chairperson", "treasurer", "auditor",
    "magistrate", "solicitor", "barrister", "counsel", "defendant", "mp", "mep", "senior", "economist",
    "councilmember", "administrator", "investor", "aide", "insider", "source", "shadow", "worker", "rescuer", "volunteer", "neighbour", "neighbor",
    "victim", "passenger", "customer", "voter", "parent", "pensioner", "shopper", "fan", "driver", "patient", "observer", "critic",
    "supporter", "opponent", "protester", "organiser", "organizer", "widow", "widower", "woman", "man", "mother", "father", "son",
    "daughter", "wife", "husband", "sister", "brother", "grandmother", "grandfather", "girl", "boy", "person", "employee", "guide", "co-founder", "cofounder", "cfo", "coo", "cto", "chairman", "md", "sheikh", "ald",
  ],
);

/** Company suffixes: a body with one of these is a company ("the company said" may be it). */
export const COMPANY_SUFFIXES = new Set(["inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.", "llc", "holdings", "corporation", "partners", "ventures", "airlines", "industries", "technologies", "pharmaceuticals", "therapeutics", "laboratories", "labs", "systems", "motors"]);

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS = new Set(
  [
    "house", "kremlin", "pentagon", "ministry", "agency", "council", "commission", "office", "department", "government", "army",
    "forces", "nato", "un", "unhcr", "unicef", "who", "eu", "union", "committee", "court", "parliament", "congress", "senate",
    "police", "service", "bank", "fund", "organization", "organisation", "institute", "party", "authority", "authorities", "board",
    "company", "group", "embassy", "administration", "cabinet", "military", "navy", "command", "staff", "press", "news", "times",
    "reuters", "afp", "interfax", "tass", "ria", "bbc", "cnn", "federation", "association", "university", "hospital", "school",
    "iom", "unesco", "imf", "opec", "red", "cross", "assembly", "duma", "rada", "secretariat", "coalition", "alliance", "states", "kingdom", "nations", "fc", "club", "firm", "ministry", "embassy", "regulator", "airline", "insurer", "carrier",
    "league", "team", "network", "operator", "utility", "developer", "manufacturer", "retailer", "charity", "foundation", "trust",
    "watchdog", "county", "broadcaster", "newspaper", "publisher", "prosecutors", "prosecution", "brigade", "guard", "leadership",
    "management", "corps", "survey", "census", "poll", "metro", "transit", "rail", "railways", "trains", "buses", "airways",
    "energy", "media", "telecom",
    // Company suffixes: "Pemberton Outdoor Inc.", "Halden Holdings plc".
    ...COMPANY_SUFFIXES,
  ],
);

/** Countries, capitals and other places that speak for their governments ("Ukraine said", "Moscow said"). */
export const PLACES = new Set(
  [
    "ukraine", "russia", "moscow", "kyiv", "kiev", "washington", "london", "paris", "berlin", "beijing", "china", "france", "germany",
    "britain", "america", "poland", "belarus", "minsk", "brussels", "europe", "israel", "iran", "turkey", "ankara", "japan", "tokyo",
    "india", "delhi", "canada", "ottawa", "italy", "rome", "spain", "madrid", "geneva", "warsaw", "tehran", "jerusalem", "seoul",
  ],
);

export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

/** Openers of a sentence that are not its subject: "Meanwhile,", "After the meeting,". */
export const ADVERBIAL_OPENERS = /^(?:meanwhile|however|but|and|also|separately|earlier|later|late|then|still|yet|instead|moreover|in addition|in the meantime|at the same time|after|before|on|in|at|since|during|while|asked|speaking|addressing|sentencing|responding|commenting|testifying|reacting|announcing|explaining|concluding|summing up|writing|reflecting|pressed|questioned|interviewed|challenged|outside|inside|elsewhere|afterwards|overnight|nearby|back|when|as|for|by|from|with|without|under|over|following|according)\b/i;

/** Words after a name that are honours or ranks, not part of it: "Julian Prentice SC", "Ed Lamb MP". */
export const POST_NOMINALS = /^(?:SC|KC|QC|MP|MSP|MEP|AM|OBE|MBE|CBE|KBE|DBE|Jr\.?|Sr\.?|II|III|IV|PhD|MD|Esq\.?)$/;

