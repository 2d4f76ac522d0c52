import type { ModuleCode } from '../../shared/constants.ts';
import type { TSiteInput } from '../../shared/schemas.ts';

/** Demo sites. Instance URLs and e-mails use example.org; the places below are invented. */
// biome-ignore format: a compact table reads better than one property per line
export const DEMO_SITES: readonly TSiteInput[] = [
  {
    code: 'SLE', name: 'Sierra Leone CPIMS+', country: 'Sierra Leone', modules: ['cp'],
    moduleVersions: { cp: 'v2.11.3' }, instanceUrl: 'https://primero.sle.example.org',
    languages: ['en'], timeZone: 'Africa/Freetown', contactEmail: 'primero-support@sle.example.org', isActive: true,
  },
  {
    code: 'JOR', name: 'Jordan GBVIMS+', country: 'Jordan', modules: ['gbv'],
    moduleVersions: { gbv: 'v2.10.2' }, instanceUrl: 'https://primero.jor.example.org',
    languages: ['ar', 'en'], timeZone: 'Asia/Amman', contactEmail: 'gbvims-support@jor.example.org', isActive: true,
  },
  {
    code: 'COD', name: 'DR Congo CPIMS+', country: 'Democratic Republic of the Congo', modules: ['cp'],
    moduleVersions: { cp: 'v2.11.2' }, instanceUrl: 'https://primero.cod.example.org',
    languages: ['fr'], timeZone: 'Africa/Kinshasa', contactEmail: 'support-primero@cod.example.org', isActive: true,
  },
  {
    code: 'COL', name: 'Colombia GBVIMS+', country: 'Colombia', modules: ['gbv'],
    moduleVersions: { gbv: 'v2.10.2' }, instanceUrl: 'https://primero.col.example.org',
    languages: ['es'], timeZone: 'America/Bogota', contactEmail: 'soporte-gbvims@col.example.org', isActive: true,
  },
  {
    code: 'MOZ', name: 'Mozambique CPIMS+', country: 'Mozambique', modules: ['cp'],
    moduleVersions: { cp: 'v2.11.3' }, instanceUrl: 'https://primero.moz.example.org',
    languages: ['pt'], timeZone: 'Africa/Maputo', contactEmail: 'suporte-primero@moz.example.org', isActive: true,
  },
  {
    code: 'SSD', name: 'South Sudan MRMIMS+', country: 'South Sudan', modules: ['mrm'],
    moduleVersions: { mrm: 'v2.9.1' }, instanceUrl: 'https://primero.ssd.example.org',
    languages: ['en'], timeZone: 'Africa/Juba', contactEmail: 'mrm-support@ssd.example.org', isActive: true,
  },
];

/** Invented local colour for the request templates and walk-in reporters of each site. */
export type SiteFlavour = {
  /** Relative share of the requests. */
  weight: number;
  districts: string[];
  agencies: string[];
  /** Prefix for Primero user names, e.g. `cw.` → `cw.makori04`. */
  workerPrefix: string;
  /** People without an account who phone, walk in or write; invented. */
  reporters: string[];
  phonePrefix: string;
  emailDomain: string;
};

export const SITE_FLAVOUR: Record<string, SiteFlavour> = {
  SLE: {
    weight: 24,
    districts: ['Makori', 'Tassin', 'Rokel Valley', 'Sendaru', 'Bendugu'],
    agencies: ['Makori District Social Welfare', 'Hope Link', 'Safe Futures SL', "Rokel Children's Trust"],
    workerPrefix: 'cw.',
    reporters: ['Aminata Sorie', 'Josephine Lahai', 'Mohamed Tucker-Sesay', 'Kadie Bockarie', 'Alusine Fofanah', 'Hawa Kpaka'],
    phonePrefix: '+232 76 55',
    emailDomain: 'sle.example.org',
  },
  JOR: {
    weight: 16,
    districts: ['الزرقاء الشرقية', 'وادي السير الجديد', 'المفرق الغربي', 'عين الباشا الشمالية'],
    agencies: ['جمعية الأمل للحماية', 'مركز نور للدعم', 'مؤسسة المسار', 'شبكة أمان'],
    workerPrefix: 'gbv.',
    reporters: ['ريم الخطيب', 'سناء العمري', 'هالة يوسف', 'دانة السعدي', 'منى الحسن'],
    phonePrefix: '+962 79 555',
    emailDomain: 'jor.example.org',
  },
  COD: {
    weight: 16,
    districts: ['Kasenga-Nord', 'Mbuji-Lac', 'Lukolela-Haut', 'Kitenge', 'Bandaka'],
    agencies: ['DIVAS Kitenge', 'Enfance Avenir', 'Action Solidaire', 'Maison Tumaini'],
    workerPrefix: 'ts.',
    reporters: ['Esther Mwamba', 'Patrick Ngoy', 'Chantal Ilunga-Bisa', 'Didier Kalonji', 'Nadège Mbuyi'],
    phonePrefix: '+243 81 555',
    emailDomain: 'cod.example.org',
  },
  COL: {
    weight: 16,
    districts: ['San Isidro del Río', 'Vereda La Esperanza', 'Puerto Alegre', 'El Mirador', 'Valle Escondido'],
    agencies: ['Fundación Manos Unidas', 'Corporación Camino Seguro', 'Red Mujeres del Río', 'Casa Refugio Aurora'],
    workerPrefix: 'gc.',
    reporters: ['Luisa Fernanda Prieto', 'Marcela Gaitán', 'Diana Restrepo', 'Yolanda Castaño', 'Paola Zuluaga'],
    phonePrefix: '+57 310 555',
    emailDomain: 'col.example.org',
  },
  MOZ: {
    weight: 16,
    districts: ['Macuane', 'Nhamatsane', 'Chitima-Sul', 'Lunhane', 'Mavuze'],
    agencies: ['SDSMAS Macuane', 'Criança Futura', 'Associação Tsakane Jovem', 'Rede Esperança'],
    workerPrefix: 'as.',
    reporters: ['Esperança Mabunda', 'Celeste Nhantumbo', 'Armando Sitoe', 'Lurdes Mondlane-Cuna', 'Fátima Chaúque'],
    phonePrefix: '+258 84 555',
    emailDomain: 'moz.example.org',
  },
  SSD: {
    weight: 12,
    districts: ['Upper Nyala', 'Kobaro', 'Lirangu West', 'Tonga Basin'],
    agencies: ['Country Task Force Secretariat', 'Field Monitoring Unit North', 'Child Rights Watch SSD'],
    workerPrefix: 'mon.',
    reporters: ['Achol Garang-Deng', 'Peter Lado', 'Rebecca Nyibol', 'James Wani-Loku'],
    phonePrefix: '+211 92 555',
    emailDomain: 'ssd.example.org',
  },
};

/** Vendor teams and the module each receives at level 3. */
export const DEMO_VENDOR_TEAMS: readonly { key: string; name: string; modules: ModuleCode[]; jiraProjectKey: string }[] = [
  { key: 'cp', name: 'CPIMS+ Developers', modules: ['cp'], jiraProjectKey: 'CPIMS' },
  { key: 'gbv', name: 'GBVIMS+ Developers', modules: ['gbv'], jiraProjectKey: 'GBV' },
  { key: 'mrm', name: 'MRM Developers', modules: ['mrm'], jiraProjectKey: 'MRM' },
];
