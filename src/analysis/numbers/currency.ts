// The currency lexicon: signs before an amount ("$", "£", "US$"), ISO codes ("USD", "SEK"), and
// currency nouns after it ("roubles", "Swiss francs"). Codes are ISO 4217; a noun whose country
// the text does not say ("crowns", "francs", "pesos") gets a readable name instead of a guess.

export const CURRENCY_SIGNS = new Map<string, string>([
  ["$", "USD"], ["£", "GBP"], ["€", "EUR"], ["¥", "JPY"], ["₹", "INR"], ["₽", "RUB"], ["₴", "UAH"], ["₩", "KRW"],
  ["₺", "TRY"], ["₦", "NGN"], ["₪", "ILS"], ["₱", "PHP"], ["₫", "VND"], ["₸", "KZT"], ["₾", "GEL"],
]);

/** Letters written straight before "$": "US$", "HK$", "A$". */
export const DOLLAR_PREFIXES = new Map<string, string>([
  ["US", "USD"], ["HK", "HKD"], ["A", "AUD"], ["AU", "AUD"], ["C", "CAD"], ["CA", "CAD"], ["CAN", "CAD"],
  ["NZ", "NZD"], ["S", "SGD"], ["SG", "SGD"], ["R", "BRL"], ["MX", "MXN"], ["NT", "TWD"],
]);

/** ISO codes, read only when written in capitals ("TRY" is a code, "try" a verb). */
export const ISO_CODES = new Set([
  "USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "UAH", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "ISK", "PLN",
  "CZK", "HUF", "RON", "TRY", "KRW", "BRL", "MXN", "ARS", "ZAR", "NGN", "KES", "UGX", "TZS", "ILS", "HKD", "SGD", "TWD",
  "THB", "MYR", "IDR", "PHP", "VND", "PKR", "EGP", "SAR", "AED", "QAR", "KZT", "GEL", "BYN",
]);
/** Other written forms of a code. */
export const CODE_ALIASES = new Map<string, string>([["RMB", "CNY"], ["Rs", "INR"], ["KSh", "KES"]]);

export interface CurrencyNoun {
  code: string;
  /** Value of one unit in the code's currency: a cent is 0.01 dollars. */
  factor: number;
}

const NOUNS: [string[], string, number?][] = [
  [["dollar", "dollars"], "USD"],
  [["euro", "euros"], "EUR"],
  [["pound", "pounds", "sterling"], "GBP"],
  [["yen"], "JPY"],
  [["yuan", "renminbi"], "CNY"],
  [["rupee", "rupees"], "INR"],
  [["rouble", "roubles", "ruble", "rubles"], "RUB"],
  [["hryvnia", "hryvnias", "hryvnya", "hryvnyas", "hryvnas"], "UAH"],
  [["krona", "kronor"], "SEK"],
  [["zloty", "zlotys", "zlotych"], "PLN"],
  [["lira", "liras", "lire"], "TRY"],
  [["won"], "KRW"],
  [["rand"], "ZAR"],
  [["naira"], "NGN"],
  [["shekel", "shekels"], "ILS"],
  [["reais"], "BRL"],
  [["dirham", "dirhams"], "AED"],
  [["riyal", "riyals"], "SAR"],
  [["baht"], "THB"],
  [["ringgit"], "MYR"],
  [["rupiah"], "IDR"],
  [["forint", "forints"], "HUF"],
  [["koruna", "korunas"], "CZK"],
  [["tenge"], "KZT"],
  [["lari"], "GEL"],
  [["crown", "crowns"], "crown"],
  [["krone", "kroner"], "krone"],
  [["franc", "francs"], "franc"],
  [["peso", "pesos"], "peso"],
  [["shilling", "shillings"], "shilling"],
  [["cent", "cents"], "USD", 0.01],
  [["penny", "pence"], "GBP", 0.01],
];

export const CURRENCY_NOUNS = new Map<string, CurrencyNoun>(
  NOUNS.flatMap(([words, code, factor]) => words.map((w): [string, CurrencyNoun] => [w, { code, factor: factor ?? 1 }])),
);

/** A country's adjective before a currency noun names its currency: "Swiss francs", "Hong Kong dollars". */
export const CURRENCY_ADJECTIVES = new Map<string, string>([
  ["us", "USD"], ["american", "USD"], ["australian", "AUD"], ["canadian", "CAD"], ["hong kong", "HKD"],
  ["singapore", "SGD"], ["new zealand", "NZD"], ["taiwan", "TWD"], ["swiss", "CHF"], ["swedish", "SEK"], ["norwegian", "NOK"],
  ["danish", "DKK"], ["icelandic", "ISK"], ["czech", "CZK"], ["japanese", "JPY"], ["chinese", "CNY"], ["indian", "INR"],
  ["pakistani", "PKR"], ["russian", "RUB"], ["ukrainian", "UAH"], ["belarusian", "BYN"], ["turkish", "TRY"],
  ["south african", "ZAR"], ["nigerian", "NGN"], ["kenyan", "KES"], ["ugandan", "UGX"], ["tanzanian", "TZS"],
  ["israeli", "ILS"], ["brazilian", "BRL"], ["polish", "PLN"], ["hungarian", "HUF"], ["romanian", "RON"], ["mexican", "MXN"],
  ["argentine", "ARS"], ["argentinian", "ARS"], ["philippine", "PHP"], ["egyptian", "EGP"], ["british", "GBP"],
  ["saudi", "SAR"], ["korean", "KRW"], ["south korean", "KRW"], ["thai", "THB"], ["malaysian", "MYR"], ["indonesian", "IDR"],
]);

