import type { ModuleCode } from '../../shared/constants.ts';
import { DEMO_ARTICLES_INTL } from './demo-articles-intl.ts';

/**
 * Invented Support Hub articles for Primero v2. Menu names and steps are plausible, not quoted from
 * the product documentation. Authors are demo accounts by e-mail; `solves` lists request tags
 * whose resolved demo requests get linked to the article.
 */
export type DemoArticle = {
  title: string;
  body: string;
  module: ModuleCode | null;
  language: 'en' | 'fr' | 'es' | 'pt' | 'ar';
  tags: string[];
  author: string;
  isDraft?: boolean;
  daysAgo: number;
  /** A second revision: the new body (and title), who saved it, and why. */
  revision2?: { title?: string; body: string; editor: string; note: string; daysAgo: number };
  solves?: string[];
};

const HD = 'help_desk@demo.test';
const HD2 = 'help_desk2@demo.test';
const COORD = 'coordinator@demo.test';
const COORD2 = 'coordinator2@demo.test';
const CP_COORD = 'module_coordinator@demo.test';
const GBV_COORD = 'gbv_coordinator@demo.test';
const SLE_ADMIN = 'site_admin@demo.test';

const PASSWORD_RESET_V1 = `When a user forgets their password, a System Administrator resets it from the user's record.

## Steps

1. Open **Settings › Users** and search for the user name (for example \`cw.ab12\`).
2. Open the user and choose **Edit**.
3. Enter a temporary password twice and tick **User must change password at next login**.
4. **Save**, then give the temporary password to the user *in person or by phone*, never by e-mail.

> Do not reuse a temporary password for several users.
`;

const PASSWORD_RESET_V2 = `When a user forgets their password, a System Administrator resets it from the user's record.

## Steps

1. Open **Settings › Users** and search for the user name (for example \`cw.ab12\`).
2. Open the user and choose **Edit**.
3. Click **Reset password**. Primero v2.11 and later show a temporary password once; copy it.
4. Tick **User must change password at next login** and **Save**.
5. Give the temporary password to the user *in person or by phone*, never by e-mail.

## If the user still cannot sign in

- Check the account is **not disabled** (the *Disabled* switch on the user record).
- Check the account is **not locked**: see [Account locked after failed sign-ins](#).
- On a tablet, sign in **online** once before working offline again.

> Do not reuse a temporary password for several users.
`;

const SYNC_V1 = `The badge **Unsubmitted Offline Changes** means records were created or edited offline and are still only on this device.

## What to do

1. Connect to Wi-Fi or mobile data.
2. Open the menu and choose **Sync**.
3. Wait until the badge disappears. Do not sign out while it syncs.

If the badge stays, go to the next section.
`;

const SYNC_V2 = `The badge **Unsubmitted Offline Changes** means records were created or edited offline and are still only on this device. **Signing out or clearing the browser data now deletes them.**

## What to do

1. Connect to Wi-Fi or mobile data.
2. Open the menu and choose **Sync**.
3. Wait until the badge disappears. Do not sign out while it syncs.

## If the badge stays

- Your session may have expired while offline: sign in again **without signing out first** (use the *Sign in* prompt), then sync.
- A record may fail validation (a required field left empty offline). Open **Offline records**, fix the record marked with a red dot and sync again.
- Check the device date and time are set automatically; a wrong clock makes the server refuse the changes.

## Never

- Never use *Clear browsing data* on a tablet that shows the badge.
- Never reinstall the app before the badge is gone.

Still stuck? Log a request with the tablet's user name and the number on the badge. Do **not** send screenshots of case records.
`;

const EN: DemoArticle[] = [
  {
    title: 'Resetting a user’s password',
    body: PASSWORD_RESET_V1,
    module: null,
    language: 'en',
    tags: ['password', 'access', 'users'],
    author: HD,
    daysAgo: 110,
    revision2: {
      body: PASSWORD_RESET_V2,
      editor: COORD,
      note: 'Reset password button in v2.11; what to check next',
      daysAgo: 40,
    },
    solves: ['password'],
  },
  {
    title: 'Temporary password not accepted',
    body: `A new user types the temporary password and Primero answers **Invalid e-mail or password**.

## Common causes

- The password was copied with a **space** at the start or end. Type it by hand.
- The keyboard is set to another language or **Caps Lock** is on.
- The user is signing in with their **e-mail address** while the site uses **user names** (or the reverse).
- The temporary password was reset again by someone else; only the latest one works.

## Fix

Reset the password once more (see *Resetting a user’s password*), and stay with the user while they sign in and choose their own password.
`,
    module: null,
    language: 'en',
    tags: ['password', 'temporary-password', 'access'],
    author: HD,
    daysAgo: 100,
    solves: ['temporary-password'],
  },
  {
    title: 'Account locked after failed sign-ins',
    body: `After **5 failed sign-ins** in a row, Primero locks the account for **1 hour** to protect case data.

## Unlock now

1. **Settings › Users**, open the user.
2. Choose **Edit** and switch **Locked** off.
3. **Save**. The user can sign in at once.

## Prevent it

- Remind users that user names are *case sensitive* on some sites.
- Make sure the user is not signing in on an old tablet that still has the previous password saved.
`,
    module: null,
    language: 'en',
    tags: ['locked', 'access', 'password'],
    author: COORD,
    daysAgo: 95,
    solves: ['locked'],
  },
  {
    title: '“Unsubmitted Offline Changes” will not go away',
    body: SYNC_V1,
    module: 'cp',
    language: 'en',
    tags: ['offline', 'sync', 'tablet'],
    author: HD,
    daysAgo: 90,
    revision2: {
      body: SYNC_V2,
      editor: CP_COORD,
      note: 'Added what to check when the badge stays; warning about clearing data',
      daysAgo: 20,
    },
    solves: ['offline'],
  },
  {
    title: 'Working offline on a tablet: before you go to the field',
    body: `Primero v2 works offline in the browser once the user has signed in online on that device.

## Checklist before leaving the office

1. Sign in **online** and open the **Cases** list once, so the forms are downloaded.
2. Check the tablet has at least **1 GB** of free storage.
3. Check the date and time are **set automatically**.
4. Charge the tablet and a power bank.

## Back from the field

- Connect and **Sync** before anything else.
- Only sign out once the *Unsubmitted Offline Changes* badge is gone.
`,
    module: 'cp',
    language: 'en',
    tags: ['offline', 'tablet', 'field'],
    author: COORD,
    daysAgo: 85,
  },
  {
    title: 'Setting up a new Android tablet for Primero',
    body: `Use **Chrome** on Android 11 or later.

1. Update Chrome from the Play Store.
2. Open your site’s Primero address (ask your System Administrator for it) and sign in.
3. In the Chrome menu choose **Add to Home screen** (or **Install app**).
4. Open Primero from the new icon; it now opens full screen and keeps working offline.
5. In **Settings › Apps › Chrome › Battery**, choose **Unrestricted**, so syncing is not stopped in the background.

| Setting | Value |
|---|---|
| Screen lock | PIN of at least 6 digits |
| Automatic date and time | On |
| Chrome *Save passwords* | **Off** |
`,
    module: null,
    language: 'en',
    tags: ['tablet', 'setup', 'offline'],
    author: HD2,
    daysAgo: 80,
    solves: ['tablet'],
  },
  {
    title: 'Which browsers does Primero v2 support?',
    body: `Primero v2 supports the **two latest versions** of these browsers:

| Browser | Desktop | Tablet / phone |
|---|---|---|
| Google Chrome | Yes | Yes (recommended offline) |
| Microsoft Edge | Yes | — |
| Mozilla Firefox | Yes | Not for offline work |
| Safari | Yes (macOS) | iPad only, online |

**Internet Explorer is not supported** and will show a blank page. Install Edge or Chrome instead; both can be installed without administrator rights on most office PCs.
`,
    module: null,
    language: 'en',
    tags: ['browser', 'setup'],
    author: HD,
    daysAgo: 78,
    solves: ['browser'],
  },
  {
    title: 'Changing the interface language',
    body: `Each user picks their own language; records keep the language they were written in.

1. Click your name at the top right.
2. Choose **Account**, then **Language**.
3. Pick a language and **Save**. The page reloads in that language.

Arabic is shown **right to left**. If a label stays in English, the translation is missing on your site: tell your System Administrator which form and field.
`,
    module: null,
    language: 'en',
    tags: ['language', 'translation'],
    author: COORD2,
    daysAgo: 75,
  },
  {
    title: 'Roles, user groups and agencies: who sees which cases',
    body: `Three settings on a user decide what they can see and do:

- **Role**: *what* they may do (create cases, approve case plans, export…).
- **User groups**: *whose* records they see, together with the role’s record access (own, group, agency, all).
- **Agency**: the organisation shown on their records and used by referrals.

## A caseworker cannot see a colleague’s case

Check they share a **user group** and that their role has **Group** access to cases.

## A supervisor cannot approve case plans

The role needs the **Approve case plan** permission. Changing roles is a level-2 change: ask your coordinator.
`,
    module: 'cp',
    language: 'en',
    tags: ['roles', 'permissions', 'user-groups', 'agencies'],
    author: CP_COORD,
    daysAgo: 72,
    solves: ['roles'],
  },
  {
    title: 'Referring a case to another agency',
    body: `A referral shares a case with a service provider while you keep it.

1. Open the case and choose **Refer** in the actions menu.
2. Pick the **service** (for example *Health*), then the **agency** and the **user**.
3. Confirm the child’s (or caregiver’s) **consent** is recorded, then **Save**.

The receiving user sees the case under **Referrals** and can *Accept* or *Decline*. You are notified of either.

> If no user appears for an agency, that agency has no user with the service on their profile. Ask your System Administrator.
`,
    module: 'cp',
    language: 'en',
    tags: ['referrals', 'services'],
    author: COORD,
    daysAgo: 70,
    solves: ['referrals'],
  },
  {
    title: 'Transferring cases between caseworkers or agencies',
    body: `A **transfer** hands the case over: the receiving user becomes the owner once they accept.

1. Select one or more cases in the list.
2. Choose **Transfer**, pick the agency and user, and add a note.
3. The receiving user accepts under **Transfers**. Until then the case shows *Transfer pending*.

Bulk transfers of more than **50 cases**, or transfers between sites, are done by the help desk: log a request with the list of case IDs in an attached spreadsheet (never in the request text).
`,
    module: 'cp',
    language: 'en',
    tags: ['transfer', 'assignment'],
    author: HD,
    daysAgo: 66,
    solves: ['transfer', 'assignment'],
  },
  {
    title: 'Exporting cases to Excel or PDF',
    body: `From any list (Cases, Incidents, Tracing requests):

1. Filter the list to what you need.
2. Choose **Export** and the format: **Excel**, **PDF**, **CSV** or **JSON**.
3. Choose the forms and fields to include, and whether to password-protect the file.
4. The export runs in the background; download it from **Exports** when it is ready.

Exports contain case data. Keep the password separate from the file and delete the file when done.

Very large exports (more than 5,000 records with all forms) can take several minutes.
`,
    module: null,
    language: 'en',
    tags: ['export', 'excel', 'pdf'],
    author: HD2,
    daysAgo: 64,
    solves: ['export'],
  },
  {
    title: 'Reading the audit log',
    body: `**Settings › Audit logs** lists who did what and when: sign-ins, record views, edits, exports.

- Filter by **user** and **date range**.
- Each row shows the record ID, the action and the time in your site’s time zone.

The audit log is read-only; nobody can edit or delete entries. It answers questions such as *who opened this case last week?*
`,
    module: null,
    language: 'en',
    tags: ['audit-log', 'security'],
    author: COORD,
    daysAgo: 60,
    solves: ['audit-log'],
  },
  {
    title: 'Recording a GBV incident in GBVIMS+',
    body: `1. **Incidents › New** and choose the incident type.
2. Complete the **GBV classification** questions; the type of violence is derived from the answers.
3. Record the **date of incident** and the **date of first report** separately.
4. Add services provided and referrals made.
5. **Save**. The incident appears in the *Incident Recorder* export the next day.

Consent to share information is recorded per service. Without it, the incident is kept with no identifying information.
`,
    module: 'gbv',
    language: 'en',
    tags: ['incidents', 'gbv-classification'],
    author: GBV_COORD,
    daysAgo: 58,
    solves: ['incidents'],
  },
  {
    title: 'Dashboards show different numbers from my list',
    body: `Dashboards count records **you may see**, with their own rules:

- *Open cases* counts cases whose status is **Open**, not *Pending approval*.
- Dashboard figures are refreshed **every 15 minutes**.
- Filters you set in a list do not apply to the dashboard.

If a number is still wrong after 15 minutes, note the dashboard name, the figure and the expected figure, and log a request.
`,
    module: null,
    language: 'en',
    tags: ['dashboard', 'reports'],
    author: HD,
    daysAgo: 55,
    solves: ['dashboard'],
  },
  {
    title: 'Importing a new list of locations',
    body: `Locations (provinces, districts, chiefdoms…) are imported from a CSV file by the help desk.

## Prepare the file

\`\`\`text
location_code,admin_level,type,name_en,parent_code
SL04,1,district,Makori,SL
SL0401,2,chiefdom,Upper Makori,SL04
\`\`\`

- One row per location; **codes never change** once in use.
- Parents come before their children.
- Save as **UTF-8** so accented names survive.

## Send it

Attach the file to a request (category *Configuration*). The help desk imports it in the evening, because the import briefly slows searches.
`,
    module: null,
    language: 'en',
    tags: ['locations', 'import'],
    author: HD2,
    daysAgo: 52,
    solves: ['locations'],
  },
  {
    title: 'Adding a field with the form builder',
    body: `Only users with the **Manage forms** permission see **Settings › Forms**.

1. Open the form (for example *Basic Identity*) and choose **New field**.
2. Pick the type: text, number, date, yes/no, select (from a lookup)…
3. Give it an English name and its translations.
4. Tick **Show on mobile** if it should be available offline.
5. **Save**, then test on a copy of a case.

> Never rename or delete a field that holds data: hide it instead. Exports and reports refer to the field’s internal name.
`,
    module: 'cp',
    language: 'en',
    tags: ['form-builder', 'configuration'],
    author: CP_COORD,
    daysAgo: 50,
    solves: ['form-builder'],
  },
  {
    title: 'MRM: verifying a violation',
    body: `A violation moves through **Pending → Verified / Not verified / Report pending verification**.

1. Open the incident and the violation.
2. In **Verification**, choose the status and the **date of verification**.
3. Record the **source** (at least two independent sources for *Verified*).
4. Only **MRM focal points** may set *Verified*.

The monthly report counts only violations verified in that month.
`,
    module: 'mrm',
    language: 'en',
    tags: ['verification', 'violations', 'mrm'],
    author: HD,
    daysAgo: 48,
    solves: ['verification'],
  },
  {
    title: 'Case search is slow: what you can do',
    body: `- Search by **case ID** or **name** rather than free text in notes.
- Use filters (status, location) before searching.
- Close other Primero tabs; each keeps its own connection.

Slowness that affects everyone at the same time of day is a server problem: log it with the times you noticed it, so the help desk can compare with the server load.
`,
    module: null,
    language: 'en',
    tags: ['search', 'performance'],
    author: COORD,
    daysAgo: 45,
    solves: ['search'],
  },
  {
    title: 'Recording a follow-up visit on an existing case',
    body: `1. Open the case and go to **Services › Follow up**.
2. Choose **Add follow up**, pick the type (*home visit*, *phone call*…) and the date.
3. Record what was found and the next action.

The case’s **Next follow-up date** is used by the *Follow-ups due* dashboard.
`,
    module: 'cp',
    language: 'en',
    tags: ['follow-up', 'training'],
    author: CP_COORD,
    daysAgo: 40,
    solves: ['follow-up'],
  },
  {
    title: 'Creating a user account for a new caseworker',
    body: `1. **Settings › Users › New user**.
2. Fill in full name, **user name**, e-mail, **agency**, **role** and **user groups**.
3. Set the **location** (their district), used for assignment and reports.
4. Set a temporary password and tick **User must change password at next login**.

New users from another agency need that agency created first (**Settings › Agencies**), which is a level-2 change.
`,
    module: null,
    language: 'en',
    tags: ['users', 'access', 'onboarding'],
    author: HD,
    daysAgo: 36,
  },
  {
    title: 'Two records for the same child: marking duplicates',
    body: `If the same child was registered twice (often once offline and once online):

1. Open the newer case, choose **Mark as duplicate** and give the ID of the case to keep.
2. Copy anything missing into the case you keep.

Duplicates are kept, read-only, for the audit trail. Do not delete them.
`,
    module: 'cp',
    language: 'en',
    tags: ['duplicates', 'data', 'offline'],
    author: HD2,
    daysAgo: 30,
    solves: ['duplicates'],
  },
  {
    title: 'Checklist: what to include when you log a request',
    body: `Help us solve it the first time:

- Your **site**, **module** and Primero **version** (bottom of the menu).
- The **user name** affected (never a child’s name or case details).
- The **browser** and **device**.
- **Steps**: what you clicked, what you expected, what happened.
- A **screenshot** *without case data*, or say why there is none.

Requests that say what was already tried move up faster when they need to.
`,
    module: null,
    language: 'en',
    tags: ['support', 'escalation'],
    author: HD,
    daysAgo: 25,
  },
  {
    title: 'Approving a case plan as a supervisor',
    body: `1. Open **Approvals** in the menu: it lists case plans waiting for you.
2. Open the case plan, read it, and choose **Approve** or **Reject** with a comment.

You only see approvals for cases in your user groups. *Approve case plan* must be in your role.
`,
    module: 'cp',
    language: 'en',
    tags: ['approvals', 'roles'],
    author: COORD,
    daysAgo: 15,
  },
  {
    title: 'Lookups: editing the options of a select field',
    body: `**Settings › Lookups** holds the option lists (for example *Nationality* or *Protection concerns*).

- Add new options at the end; never reuse the code of a removed option.
- Translate each option, or the English label shows in every language.
`,
    module: null,
    language: 'en',
    tags: ['form-builder', 'lookups', 'configuration'],
    author: CP_COORD,
    isDraft: true,
    daysAgo: 6,
  },
  {
    title: 'Tablet shows a blank page after an update',
    body: `Seen on some Android tablets after Chrome updated while offline.

1. Connect to the internet.
2. Close every Primero tab, then open Primero again from the home screen icon.
3. If the page is still blank and there is **no** *Unsubmitted Offline Changes* badge, long-press the icon, remove it, and add it again from Chrome.

TODO: confirm whether this also happens on v2.11.3.
`,
    module: 'cp',
    language: 'en',
    tags: ['tablet', 'offline'],
    author: SLE_ADMIN,
    isDraft: true,
    daysAgo: 3,
  },
  {
    title: 'Downtime and training notices: what site admins pass on',
    body: `When the help desk announces downtime or a training, coordinators relay it to site admins, who tell their users.

- Acknowledge the notice so the help desk knows it arrived.
- Tell users to **sync before the downtime starts**.
`,
    module: null,
    language: 'en',
    tags: ['notices', 'downtime'],
    author: HD2,
    isDraft: true,
    daysAgo: 2,
  },
];

export const DEMO_ARTICLES: readonly DemoArticle[] = [...EN, ...DEMO_ARTICLES_INTL];
