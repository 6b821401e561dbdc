import type { NameGroup } from "./personNames";

/**
 * The real world the stories start from: countries, agencies, places, news agencies, the
 * station's modules and the families of vehicles; synthetic ones follow as the world grows.
 * Ids are derived from these names (slug.ts).
 */

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
