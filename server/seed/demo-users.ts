import type { ModuleCode, Role } from '../../shared/constants.ts';

type Locale = 'en' | 'fr' | 'es' | 'pt' | 'ar';

/** A demo account; sites by code and the vendor team by key, resolved to ids while seeding. */
export type DemoUser = {
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  /** Site codes, or 'all'. */
  sites: string[] | 'all';
  modules: ModuleCode[];
  vendorTeam?: string;
  note: string;
};

/** Everyone seeded, all with the demo password. Names are invented. */
// biome-ignore format: a compact table reads better than one property per line
export const DEMO_USERS: readonly DemoUser[] = [
  // The eight accounts the login page and README advertise.
  { email: 'admin@demo.test', name: 'Morgan Adeyemi', role: 'admin', locale: 'en', sites: [], modules: [],
    note: 'Platform admin: sites, users, vendor teams and routing' },
  { email: 'help_desk@demo.test', name: 'Lena Okafor-Berg', role: 'help_desk', locale: 'en', sites: 'all', modules: [],
    note: 'Global Primero Help Desk: level 2 for every site, escalates to level 3' },
  { email: 'coordinator@demo.test', name: 'Abubakarr Turay-Wright', role: 'coordinator', locale: 'en',
    sites: ['SLE', 'COD', 'MOZ'], modules: [], note: 'Technical coordinator for Sierra Leone, DR Congo and Mozambique (all modules)' },
  { email: 'module_coordinator@demo.test', name: 'Grace Wanjiku-Hale', role: 'module_coordinator', locale: 'en',
    sites: [], modules: ['cp'], note: 'CPIMS+ module coordinator: every CPIMS+ request, all sites' },
  { email: 'vendor@demo.test', name: 'Tomas Lindqvist', role: 'vendor', locale: 'en', sites: [], modules: [],
    vendorTeam: 'cp', note: 'Developer in the CPIMS+ Developers team: sees level-3 CPIMS+ requests' },
  { email: 'site_admin@demo.test', name: 'Fatmata Conteh-Bright', role: 'site_admin', locale: 'en', sites: ['SLE'], modules: [],
    note: 'System administrator of Sierra Leone: works level 1, escalates to level 2' },
  { email: 'site_admin2@demo.test', name: 'Layla Haddadin', role: 'site_admin', locale: 'ar', sites: ['JOR'], modules: [],
    note: 'System administrator of Jordan (Arabic, right-to-left): cannot see Sierra Leone' },
  { email: 'reporter@demo.test', name: 'Ibrahim Kargbo-Lewis', role: 'reporter', locale: 'en', sites: ['SLE'], modules: [],
    note: 'End user in Sierra Leone: submits and follows own requests only' },
  // More staff, so that work and assignment vary.
  { email: 'help_desk2@demo.test', name: 'Rafael Quintero Solís', role: 'help_desk', locale: 'es', sites: 'all', modules: [],
    note: 'Second help-desk agent' },
  { email: 'coordinator2@demo.test', name: 'Carolina Haddad Ruiz', role: 'coordinator', locale: 'es', sites: ['JOR', 'COL'],
    modules: [], note: 'Coordinator for Jordan and Colombia (GBVIMS+)' },
  { email: 'gbv_coordinator@demo.test', name: 'Sofía Marín Ochoa', role: 'module_coordinator', locale: 'es', sites: [],
    modules: ['gbv'], note: 'GBVIMS+ module coordinator' },
  { email: 'vendor.gbv@demo.test', name: 'Aisha Rahimi', role: 'vendor', locale: 'en', sites: [], modules: [],
    vendorTeam: 'gbv', note: 'Developer in the GBVIMS+ Developers team' },
  { email: 'vendor.mrm@demo.test', name: 'Jonas Keller-Obi', role: 'vendor', locale: 'en', sites: [], modules: [],
    vendorTeam: 'mrm', note: 'Developer in the MRM Developers team' },
  { email: 'site_admin.sle2@demo.test', name: 'Sahr Mansaray-Cole', role: 'site_admin', locale: 'en', sites: ['SLE'],
    modules: [], note: 'Second system administrator of Sierra Leone' },
  { email: 'site_admin.cod@demo.test', name: 'Jean-Pierre Mukendi Lusamba', role: 'site_admin', locale: 'fr', sites: ['COD'],
    modules: [], note: 'System administrator of DR Congo' },
  { email: 'site_admin.col@demo.test', name: 'Valentina Ortiz Bermúdez', role: 'site_admin', locale: 'es', sites: ['COL'],
    modules: [], note: 'System administrator of Colombia' },
  { email: 'site_admin.moz@demo.test', name: 'Ana Machava Tembe', role: 'site_admin', locale: 'pt', sites: ['MOZ'],
    modules: [], note: 'System administrator of Mozambique' },
  { email: 'site_admin.ssd@demo.test', name: 'Deng Akol Majok', role: 'site_admin', locale: 'en', sites: ['SSD'],
    modules: [], note: 'System administrator of South Sudan (MRM)' },
  { email: 'reporter.jor@demo.test', name: 'عمر الخليلي', role: 'reporter', locale: 'ar', sites: ['JOR'], modules: [],
    note: 'End user in Jordan' },
  { email: 'reporter.cod@demo.test', name: 'Grâce Ilunga Kapinga', role: 'reporter', locale: 'fr', sites: ['COD'], modules: [],
    note: 'End user in DR Congo' },
  { email: 'reporter.col@demo.test', name: 'Camila Rojas Peña', role: 'reporter', locale: 'es', sites: ['COL'], modules: [],
    note: 'End user in Colombia' },
  { email: 'reporter.moz@demo.test', name: 'Helena Cossa Muianga', role: 'reporter', locale: 'pt', sites: ['MOZ'], modules: [],
    note: 'End user in Mozambique' },
  { email: 'reporter.ssd@demo.test', name: 'Mary Nyandeng Lual', role: 'reporter', locale: 'en', sites: ['SSD'], modules: [],
    note: 'End user in South Sudan' },
];

/** The headline demo accounts (all share the demo password). */
export const DEMO_ACCOUNTS: readonly { email: string; role: Role; note: string }[] = DEMO_USERS.slice(0, 8).map(
  ({ email, role, note }) => ({ email, role, note }),
);
