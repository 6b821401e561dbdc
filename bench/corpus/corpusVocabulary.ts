/**
 * The words the synthetic corpus is made of: the real agencies, countries, places, news
 * agencies, modules and vehicle families it starts from, and the lists synthetic ones are
 * drawn from as the world grows. Ids are derived from these names (see slug).
 */

/** A lower-case slug fit for ID_PATTERN: "Crew Dragon C-12" -> "crew-dragon-c-12". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export type NameGroup = "ru" | "us" | "jp" | "ca" | "eu" | "synthetic";

export interface CountrySpec {
  key: string;
  name: string;
  adjective: string;
  names: NameGroup;
  /** Key of the agency its astronauts and engineers belong to. */
  agency?: string;
}

export const REAL_COUNTRIES: readonly CountrySpec[] = [
  { key: "usa", name: "United States", adjective: "American", names: "us", agency: "nasa" },
  { key: "russia", name: "Russia", adjective: "Russian", names: "ru", agency: "roscosmos" },
  { key: "japan", name: "Japan", adjective: "Japanese", names: "jp", agency: "jaxa" },
  { key: "canada", name: "Canada", adjective: "Canadian", names: "ca", agency: "csa" },
  { key: "germany", name: "Germany", adjective: "German", names: "eu", agency: "esa" },
  { key: "france", name: "France", adjective: "French", names: "eu", agency: "esa" },
  { key: "italy", name: "Italy", adjective: "Italian", names: "eu", agency: "esa" },
  { key: "belgium", name: "Belgium", adjective: "Belgian", names: "eu", agency: "esa" },
  { key: "netherlands", name: "Netherlands", adjective: "Dutch", names: "eu", agency: "esa" },
  { key: "denmark", name: "Denmark", adjective: "Danish", names: "eu", agency: "esa" },
  { key: "sweden", name: "Sweden", adjective: "Swedish", names: "eu", agency: "esa" },
  { key: "spain", name: "Spain", adjective: "Spanish", names: "eu", agency: "esa" },
  { key: "united-kingdom", name: "United Kingdom", adjective: "British", names: "eu" },
  { key: "kazakhstan", name: "Kazakhstan", adjective: "Kazakh", names: "ru" },
  { key: "ukraine", name: "Ukraine", adjective: "Ukrainian", names: "ru" },
  { key: "brazil", name: "Brazil", adjective: "Brazilian", names: "eu" },
];

export interface AgencySpec {
  key: string;
  name: string;
  short: string;
  country?: string;
  headquarters: string;
}

export const REAL_AGENCIES: readonly AgencySpec[] = [
  {
    key: "nasa",
    name: "National Aeronautics and Space Administration",
    short: "NASA",
    country: "usa",
    headquarters: "washington",
  },
  {
    key: "roscosmos",
    name: "Roscosmos State Corporation",
    short: "Roscosmos",
    country: "russia",
    headquarters: "moscow",
  },
  { key: "esa", name: "European Space Agency", short: "ESA", headquarters: "paris" },
  {
    key: "jaxa",
    name: "Japan Aerospace Exploration Agency",
    short: "JAXA",
    country: "japan",
    headquarters: "tokyo",
  },
  {
    key: "csa",
    name: "Canadian Space Agency",
    short: "CSA",
    country: "canada",
    headquarters: "longueuil",
  },
];

export const REAL_PLACES: readonly { name: string; country: string }[] = [
  { name: "Washington", country: "usa" },
  { name: "Moscow", country: "russia" },
  { name: "Paris", country: "france" },
  { name: "Tokyo", country: "japan" },
  { name: "Longueuil", country: "canada" },
  { name: "Houston", country: "usa" },
  { name: "Baikonur", country: "kazakhstan" },
  { name: "Cape Canaveral", country: "usa" },
  { name: "Star City", country: "russia" },
  { name: "Korolev", country: "russia" },
  { name: "Tsukuba", country: "japan" },
  { name: "Tanegashima", country: "japan" },
  { name: "Cologne", country: "germany" },
  { name: "Noordwijk", country: "netherlands" },
  { name: "Kourou", country: "france" },
  { name: "Huntsville", country: "usa" },
  { name: "Darmstadt", country: "germany" },
  { name: "Turin", country: "italy" },
  { name: "Toulouse", country: "france" },
  { name: "Vostochny", country: "russia" },
];

export const REAL_NEWS_AGENCIES: readonly { name: string; short: string; country: string }[] = [
  { name: "The Associated Press", short: "AP", country: "usa" },
  { name: "Reuters", short: "Reuters", country: "united-kingdom" },
  { name: "Agence France-Presse", short: "AFP", country: "france" },
  { name: "TASS", short: "TASS", country: "russia" },
  { name: "RIA Novosti", short: "RIA", country: "russia" },
  { name: "Interfax", short: "Interfax", country: "russia" },
  { name: "Kyodo News", short: "Kyodo", country: "japan" },
  { name: "Deutsche Presse-Agentur", short: "dpa", country: "germany" },
  { name: "ANSA", short: "ANSA", country: "italy" },
  { name: "The Canadian Press", short: "CP", country: "canada" },
];

export interface ModuleSpec {
  name: string;
  /** "russian" or "us" on the first station; "gateway" on the second. */
  segment: "russian" | "us" | "gateway";
  agency: string;
  /** Whether vehicles dock at it. */
  port: boolean;
}

export const REAL_MODULES: readonly ModuleSpec[] = [
  { name: "Zarya", segment: "russian", agency: "roscosmos", port: false },
  { name: "Unity", segment: "us", agency: "nasa", port: true },
  { name: "Zvezda", segment: "russian", agency: "roscosmos", port: true },
  { name: "Destiny", segment: "us", agency: "nasa", port: false },
  { name: "Quest", segment: "us", agency: "nasa", port: false },
  { name: "Pirs", segment: "russian", agency: "roscosmos", port: true },
  { name: "Harmony", segment: "us", agency: "nasa", port: true },
  { name: "Columbus", segment: "us", agency: "esa", port: false },
  { name: "Kibo", segment: "us", agency: "jaxa", port: false },
  { name: "Poisk", segment: "russian", agency: "roscosmos", port: true },
  { name: "Tranquility", segment: "us", agency: "nasa", port: false },
  { name: "Cupola", segment: "us", agency: "esa", port: false },
  { name: "Rassvet", segment: "russian", agency: "roscosmos", port: true },
  { name: "Leonardo", segment: "us", agency: "esa", port: false },
  { name: "Nauka", segment: "russian", agency: "roscosmos", port: true },
  { name: "Prichal", segment: "russian", agency: "roscosmos", port: true },
];

export const GATEWAY_MODULES: readonly ModuleSpec[] = [
  { name: "HALO", segment: "gateway", agency: "nasa", port: true },
  { name: "PPE", segment: "gateway", agency: "nasa", port: false },
  { name: "ESPRIT", segment: "gateway", agency: "esa", port: true },
];

/** Names of the synthetic modules added once the real ones are all registered. */
export const SYNTHETIC_MODULE_NAMES: readonly string[] = [
  "Altair",
  "Vega",
  "Deneb",
  "Rigel",
  "Capella",
  "Antares",
  "Arcturus",
  "Polaris",
  "Spica",
  "Castor",
  "Pollux",
  "Regulus",
  "Procyon",
  "Aldebaran",
  "Mizar",
  "Alcor",
  "Electra",
  "Merope",
  "Alcyone",
  "Taygeta",
  "Shaula",
  "Nunki",
  "Wezen",
  "Izar",
  "Sadr",
  "Alnair",
  "Mirfak",
  "Hadar",
  "Menkar",
  "Naos",
];

export interface VehicleFamily {
  prefix: string;
  crew: boolean;
  agency: string;
  country?: string;
  /** From this year on (a crew vehicle family is used for expeditions only then). */
  since: number;
}

export const VEHICLE_FAMILIES: readonly VehicleFamily[] = [
  { prefix: "Soyuz MS-", crew: true, agency: "roscosmos", country: "russia", since: 1998 },
  { prefix: "Progress MS-", crew: false, agency: "roscosmos", country: "russia", since: 1998 },
  { prefix: "Crew Dragon C-", crew: true, agency: "nasa", country: "usa", since: 2020 },
  { prefix: "Cargo Dragon CRS-", crew: false, agency: "nasa", country: "usa", since: 2012 },
  { prefix: "Cygnus NG-", crew: false, agency: "nasa", country: "usa", since: 2013 },
  { prefix: "Starliner-", crew: true, agency: "nasa", country: "usa", since: 2024 },
  { prefix: "HTV-", crew: false, agency: "jaxa", country: "japan", since: 2009 },
  { prefix: "ATV-", crew: false, agency: "esa", since: 2008 },
];

export const COMPONENT_PARTS: readonly string[] = [
  "coolant pump",
  "pressure valve",
  "hatch seal",
  "radiator panel",
  "air scrubber",
  "heat exchanger",
  "power converter",
  "gyroscope",
  "oxygen generator",
  "water recycler",
  "battery unit",
  "fan assembly",
  "thermal blanket",
  "antenna",
  "flight computer",
  "smoke detector",
  "transfer tunnel",
  "docking latch",
  "window shutter",
  "carbon dioxide sensor",
];

export const FIRST_NAMES: Record<NameGroup, readonly string[]> = {
  ru: [
    "Ivan",
    "Sergei",
    "Oleg",
    "Anton",
    "Dmitri",
    "Yuri",
    "Mikhail",
    "Nikolai",
    "Alexei",
    "Pavel",
    "Andrei",
    "Anna",
    "Elena",
    "Tatiana",
    "Olga",
    "Maria",
    "Svetlana",
    "Konstantin",
    "Fyodor",
    "Irina",
  ],
  us: [
    "James",
    "Michael",
    "Sarah",
    "Jennifer",
    "Robert",
    "Karen",
    "David",
    "Emily",
    "Jessica",
    "Daniel",
    "Megan",
    "Christopher",
    "Laura",
    "Kevin",
    "Rachel",
    "Thomas",
    "Nicole",
    "Mark",
    "Amanda",
    "Brian",
  ],
  jp: [
    "Satoshi",
    "Koichi",
    "Akihiko",
    "Takuya",
    "Naoko",
    "Yui",
    "Haruka",
    "Kenji",
    "Hiroshi",
    "Aki",
    "Sayaka",
    "Daisuke",
  ],
  ca: [
    "Chris",
    "Julie",
    "Marc",
    "Jenni",
    "Jeremy",
    "Joshua",
    "Genevieve",
    "Luc",
    "Isabelle",
    "Robert",
  ],
  eu: [
    "Andreas",
    "Thomas",
    "Luca",
    "Samantha",
    "Paolo",
    "Matthias",
    "Alexander",
    "Claudie",
    "Frank",
    "Marco",
    "Sophie",
    "Elena",
    "Lars",
    "Ingrid",
    "Pierre",
    "Julia",
  ],
  synthetic: [
    "Arin",
    "Belo",
    "Cass",
    "Davi",
    "Enno",
    "Fara",
    "Gavi",
    "Hale",
    "Ilse",
    "Joss",
    "Kiro",
    "Lume",
    "Mira",
    "Nolo",
    "Orla",
    "Pell",
  ],
};

export const LAST_NAMES: Record<NameGroup, readonly string[]> = {
  ru: [
    "Petrov",
    "Volkov",
    "Sokolov",
    "Morozov",
    "Novikov",
    "Kozlov",
    "Lebedev",
    "Orlov",
    "Belov",
    "Zaitsev",
    "Popov",
    "Kuznetsov",
    "Smirnov",
    "Vinogradov",
    "Fedorov",
    "Romanov",
    "Gusev",
    "Titov",
    "Borisenko",
    "Kotov",
  ],
  us: [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Garcia",
    "Wilson",
    "Anderson",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
  ],
  jp: [
    "Tanaka",
    "Suzuki",
    "Takahashi",
    "Watanabe",
    "Ito",
    "Yamamoto",
    "Nakamura",
    "Kobayashi",
    "Kato",
    "Yoshida",
    "Yamada",
    "Sasaki",
  ],
  ca: [
    "Tremblay",
    "Gagnon",
    "Roy",
    "Cote",
    "Bouchard",
    "Gauthier",
    "Morin",
    "Lavoie",
    "Fortin",
    "Gagne",
  ],
  eu: [
    "Muller",
    "Schmidt",
    "Rossi",
    "Bianchi",
    "Dubois",
    "Laurent",
    "Jensen",
    "Nielsen",
    "Fischer",
    "Weber",
    "Ricci",
    "Moreau",
    "Lindqvist",
    "Janssen",
    "Peeters",
    "Novak",
  ],
  synthetic: [
    "Varro",
    "Quell",
    "Tamsin",
    "Oderin",
    "Kessel",
    "Marlow",
    "Ystad",
    "Brannoc",
    "Felder",
    "Corvo",
    "Ashdown",
    "Renwick",
    "Solberg",
    "Thane",
    "Umber",
    "Wyle",
  ],
};

/** Syllables of synthetic country, place and newspaper names. */
export const SYLLABLES: readonly string[] = [
  "val",
  "ter",
  "mor",
  "kas",
  "lin",
  "dor",
  "ven",
  "ria",
  "sol",
  "bar",
  "nik",
  "ost",
  "ra",
  "tel",
  "gan",
  "vor",
  "esh",
  "lan",
  "pri",
  "zul",
];

export const PLACE_KINDS: readonly string[] = [
  "Tracking Station",
  "Ground Station",
  "Launch Complex",
  "Control Centre",
  "Spaceport",
  "Test Range",
  "Training Centre",
];

export const NEWSPAPER_KINDS: readonly string[] = [
  "Courier",
  "Herald",
  "Observer",
  "Gazette",
  "Times",
  "News Service",
  "Wire",
];

/** Staff roles; crew members are "astronaut" or "cosmonaut". */
export const STAFF_ROLES: readonly (readonly [string, number])[] = [
  ["engineer", 30],
  ["flight controller", 20],
  ["scientist", 12],
  ["spokesperson", 10],
  ["official", 10],
  ["flight director", 5],
  ["program manager", 5],
  ["flight surgeon", 3],
];

export const CAUSES: readonly string[] = [
  "impacts by small meteoroids",
  "a cracked weld",
  "a worn hatch seal",
  "metal fatigue",
  "a manufacturing defect",
  "thermal stress",
  "a loose fitting",
  "corrosion of a coolant line",
  "a software fault",
  "a faulty sensor",
];

export const STATEMENT_CLAUSES = {
  ASSESSMENT: [
    "the crew was not in danger",
    "the problem posed no threat to the station's operations",
    "the station remained safe to operate",
    "the leak remained small",
  ],
  ACKNOWLEDGEMENT: [
    "the problem in {target} had grown",
    "engineers had not yet found the source of the problem in {target}",
    "the earlier repair in {target} had not held",
  ],
  PLAN: [
    "a repair in {target} would be attempted within weeks",
    "the hatch to {target} would stay closed for now",
    "crews would inspect {target} again next month",
  ],
  REPORT: [
    "crews had sealed a crack in {target}",
    "pressure in {target} had stabilised",
    "the crew had replaced a part in {target}",
  ],
} as const;
