import type { ImportKind } from '../../../shared/domain';

// Header names seen in talent lists, ATS exports (Greenhouse, Lever, Ashby), HRIS exports
// (Workday, BambooHR) and requisition / layoff-tracker sheets, by field. Written normalised:
// lower case, words separated by one space (see normalizeHeader).

const PERSON: Record<string, string[]> = {
  fullName: ['name', 'full name', 'candidate name', 'candidate', 'legal name', 'employee name', 'display name', 'contact name', 'person', 'worker', 'employee', 'candidate full name', 'worker name', 'full legal name', 'payroll name', 'name as it appears on payroll', 'last name first name', 'surname first name', 'name last first', 'last first', 'preferred name'],
  firstName: ['first name', 'first', 'given name', 'forename', 'fname', 'legal first name', 'preferred first name'],
  lastName: ['last name', 'last', 'surname', 'family name', 'lname', 'legal last name'],
  email: ['email', 'e mail', 'email address', 'e mail address', 'mail', 'contact email', 'primary email', 'emails', 'email id', 'candidate email'],
  workEmail: ['work email', 'business email', 'company email', 'corporate email', 'office email', 'work email address'],
  personalEmail: ['personal email', 'private email', 'home email', 'alternate email', 'other email', 'personal email address'],
  linkedin: ['linkedin', 'linkedin url', 'linkedin profile', 'linkedin profile url', 'linked in', 'li url', 'linkedin link', 'linkedin handle', 'public profile url', 'linkedin public profile url', 'public profile', 'profile url', 'links', 'profile links', 'social links', 'profiles', 'social profiles', 'social media', 'social media links', 'social'],
  phone: ['phone', 'phone number', 'mobile', 'cell', 'telephone', 'tel', 'mobile phone', 'contact number', 'mobile number', 'cell phone', 'personal mobile', 'personal phone', 'personal cell', 'mobile phone number'],
  location: ['location', 'current location', 'based in', 'metro', 'metro area', 'home location', 'work location', 'site', 'work site', 'office location', 'location description', 'work location description', 'address'],
  city: ['city', 'location city', 'town'],
  region: ['state', 'region', 'province', 'location region', 'location state', 'state province', 'work state', 'county'],
  country: ['country', 'location country', 'country code', 'country region'],
  remotePref: ['remote', 'open to remote', 'remote preference', 'work arrangement', 'work model', 'remote ok', 'remote work', 'workplace preference', 'work preference'],
  hybridOk: ['open to hybrid', 'hybrid', 'hybrid ok'],
  relocate: ['open to relocation', 'willing to relocate', 'relocation', 'relocate', 'open to relocate', 'willing to relocation'],
  title: ['current title', 'current job title', 'most recent title', 'most recent job title', 'latest title', 'current position', 'title', 'job title', 'last title', 'headline', 'occupation', 'position', 'role', 'former title', 'job profile', 'designation', 'business title', 'current role', 'previous title', 'job title description', 'position title'],
  company: ['company', 'current company', 'former company', 'most recent company', 'employer', 'last company', 'organization', 'previous company', 'current employer', 'former employer', 'laid off from', 'company name', 'employer name', 'current company name', 'last employer', 'most recent employer', 'current employer name'],
  level: ['level', 'seniority', 'job level', 'grade', 'career level', 'seniority level', 'job grade'],
  track: ['track', 'job family', 'discipline', 'function', 'specialty', 'specialization'],
  yearsExp: ['years of experience', 'years experience', 'yoe', 'experience years', 'total experience', 'experience', 'years exp', 'yrs experience'],
  summary: ['summary', 'bio', 'about', 'resume', 'resume text', 'profile', 'cv', 'cover letter', 'about me', 'profile summary', 'resume summary', 'pitch', 'professional summary'],
  skills: ['skills', 'key skills', 'top skills', 'technical skills', 'tech stack', 'technologies', 'expertise', 'competencies', 'skill set', 'core skills', 'skillset', 'primary skills', 'secondary skills', 'other skills', 'additional skills'],
  availableOn: ['laid off', 'last day', 'separation date', 'termination date', 'exit date', 'last day of work', 'last working day', 'layoff date', 'laid off date', 'date laid off', 'laid off on', 'availability', 'available from', 'available on', 'date available', 'available date', 'available'],
  tags: ['tags', 'candidate tags', 'labels'],
  notes: ['notes', 'comments', 'remarks', 'comment', 'note'],
};

const ALUMNI: Record<string, string[]> = {
  employeeId: ['employee id', 'emp id', 'employee number', 'worker id', 'staff id', 'personnel number', 'badge id', 'employee no', 'emp no', 'id', 'ee id', 'associate id', 'worker number', 'associate number', 'staff number', 'user employee id', 'person number', 'employee code', 'file number'],
  team: ['team', 'department', 'dept', 'org', 'organization unit', 'business unit', 'division', 'group', 'supervisory organization', 'cost center', 'departments', 'home department', 'home department description', 'department name', 'org level 1'],
  manager: ['manager', 'manager name', 'supervisor', 'reports to', 'line manager', 'direct manager', 'manager full name', 'supervisor name', 'reports to name'],
  hireDate: ['hire date', 'start date', 'date of hire', 'original hire date', 'joined', 'joining date', 'date hired', 'hired on', 'date joined'],
  exitDate: ['last day', 'exit date', 'termination date', 'separation date', 'last day of work', 'end date', 'leave date', 'term date', 'date of termination', 'last working day', 'date of separation', 'terminated on', 'departure date', 'date of departure', 'actual termination date', 'termination effective date'],
  exitType: ['termination type', 'exit type', 'separation type', 'term type', 'leave type', 'voluntary involuntary', 'termination category', 'separation category', 'dismissal type', 'voluntary involuntary termination flag', 'voluntary involuntary flag'],
  exitReason: ['termination reason', 'exit reason', 'separation reason', 'reason for leaving', 'reason', 'term reason', 'leaving reason', 'reason for termination', 'primary termination reason', 'event reason', 'action reason', 'dismissal reason', 'termination reason description', 'reason for dismissal'],
  regrettable: ['regrettable', 'regretted', 'regrettable loss', 'regret', 'regrettable termination', 'regrettable attrition', 'regret termination', 'regretted termination', 'regrettable loss flag'],
  lastPerformance: ['performance', 'performance score', 'last performance', 'last rating', 'performance rating', 'rating', 'review score', 'last performance rating'],
  rehire: ['eligible for rehire', 'rehire eligible', 'rehire eligibility', 'rehireable', 'rehirable', 'rehire', 'eligible for rehire y n', 'rehire status', 'ok to rehire', 'eligible to rehire', 'rehire ok', 'rehire recommendation', 'eligible for rehire flag', 'recommended for rehire'],
  layoffWave: ['layoff wave', 'wave', 'rif wave', 'layoff round', 'rif round'],
};

const ROLE: Record<string, string[]> = {
  reqId: ['req id', 'requisition id', 'req', 'requisition', 'requisition number', 'requisition code', 'requisition codes', 'req code', 'ref number', 'reference number', 'job reference', 'job ref', 'job id', 'posting id', 'opening id', 'req number', 'job req id', 'req no', 'job requisition id', 'id'],
  title: ['title', 'job title', 'job posting title', 'posting title', 'role', 'position', 'role title', 'job name', 'job', 'position title', 'job profile'],
  track: ['track', 'job family', 'discipline', 'function'],
  level: ['level', 'seniority', 'job level', 'grade', 'experience level', 'seniority level', 'career level', 'management level'],
  team: ['team', 'department', 'dept', 'org', 'business unit', 'group', 'supervisory organization', 'department name'],
  location: ['location', 'office', 'city', 'locations', 'job location'],
  remotePolicy: ['remote', 'remote policy', 'work model', 'workplace type', 'work arrangement', 'location type', 'remote ok', 'remote status', 'remote type', 'workplace', 'work location type'],
  mustSkills: ['must have', 'must haves', 'required skills', 'requirements', 'must have skills', 'required', 'skills', 'required qualifications', 'key skills'],
  niceSkills: ['nice to have', 'nice to haves', 'preferred skills', 'bonus skills', 'preferred', 'desired skills', 'nice to have skills', 'preferred qualifications', 'pluses'],
  openedOn: ['opened', 'open date', 'opened on', 'date opened', 'posted', 'posted date', 'created', 'created date', 'opening date', 'date posted', 'created at', 'created on', 'recruiting start date', 'requisition open date', 'req open date', 'job open date'],
  status: ['status', 'req status', 'state', 'job status', 'requisition status'],
  headcount: ['headcount', 'openings', 'number of openings', 'positions', 'hc', 'open positions', 'seats', 'number of openings available', 'openings available', 'number of positions'],
  hiringManager: ['hiring manager', 'manager', 'hm', 'owner', 'hiring lead'],
  description: ['description', 'job description', 'jd', 'summary', 'details', 'about the role'],
};

const LAYOFF: Record<string, string[]> = {
  company: ['company', 'company name', 'employer', 'organization', 'employer name', 'job site name', 'business name'],
  // WARN notices (US state filings) give a city and a county; the city is the location.
  location: ['location', 'hq', 'headquarters', 'city', 'location hq', 'company hq', 'hq location', 'headquarters location', 'city name', 'region', 'county', 'county name', 'state'],
  laidOff: ['total laid off', 'laid off', 'number laid off', 'layoffs', 'employees laid off', 'headcount cut', 'count', 'num laid off', 'laid off count', 'jobs cut', 'number affected', 'employees affected', 'workers affected', 'affected employees', 'number of employees affected', 'no of employees', 'number of employees', 'number of workers', 'total layoff number', 'layoff number'],
  // A WARN notice's date is when it was filed (the announcement); its effective date comes later.
  date: ['date', 'layoff date', 'announced', 'date announced', 'announcement date', 'notice date', 'warn notice date', 'warn received date', 'received date', 'date received', 'effective date', 'layoff effective date'],
  percentage: ['percentage laid off', 'percentage', 'percent', 'pct', 'percent laid off', 'share laid off', 'percent of company', 'percent of workforce', 'percent of employees'],
  industry: ['industry', 'sector'],
  stage: ['stage', 'funding stage', 'company stage'],
  country: ['country'],
  sourceUrl: ['source', 'source url', 'link', 'url', 'article', 'news link'],
};

// The same fields as sheets from European offices head them (French, German, Spanish, Portuguese,
// Dutch, Italian), normalised like the rest (accents dropped: "Prénom" is "prenom"). They match only
// as written (EXACT_ONLY): read with typos allowed, English headers fell into them ("Posted" into
// "poste", "Society" into "societe").
/** The exit date in an HRIS export, "available on" in a talent list. */
const EXIT_INTL = ['date de depart', 'dernier jour', 'date de sortie', 'austrittsdatum', 'letzter arbeitstag', 'fecha de salida', 'fecha de baja', 'data de saida', 'datum uit dienst', 'data di uscita'];
const PERSON_INTL: Record<string, string[]> = {
  fullName: ['nom complet', 'nom et prenom', 'prenom et nom', 'vollstandiger name', 'nombre completo', 'nome completo', 'volledige naam', 'nome e cognome', 'nom prenom'],
  firstName: ['prenom', 'vorname', 'nombre', 'primeiro nome', 'voornaam'],
  lastName: ['nom de famille', 'nachname', 'familienname', 'apellido', 'apellidos', 'sobrenome', 'apelido', 'achternaam', 'cognome'],
  email: ['courriel', 'adresse e mail', 'adresse email', 'adresse courriel', 'e mail adresse', 'correo', 'correo electronico', 'endereco de e mail', 'e mailadres', 'indirizzo email'],
  phone: ['telephone', 'telefon', 'telefonnummer', 'telefono', 'telefone', 'telefoonnummer', 'portable', 'handy', 'movil', 'celular', 'cellulare'],
  location: ['ville', 'localisation', 'lieu', 'standort', 'wohnort', 'ubicacion', 'ciudad', 'localizacao', 'cidade', 'woonplaats', 'citta'],
  country: ['pays', 'land', 'pais', 'paese'],
  title: ['poste', 'poste actuel', 'intitule du poste', 'fonction', 'titre', 'berufsbezeichnung', 'stellenbezeichnung', 'jobtitel', 'puesto', 'cargo', 'functie', 'functietitel', 'ruolo', 'posizione'],
  company: ['entreprise', 'societe', 'employeur', 'nom de l entreprise', 'unternehmen', 'firma', 'arbeitgeber', 'empresa', 'empregador', 'bedrijf', 'werkgever', 'azienda', 'datore di lavoro'],
  level: ['niveau', 'stufe', 'nivel', 'livello'],
  yearsExp: ['annees d experience', 'experience professionnelle', 'berufserfahrung', 'jahre erfahrung', 'anos de experiencia', 'jaren ervaring', 'anni di esperienza'],
  summary: ['resume du profil', 'lebenslauf', 'resumen', 'resumo', 'profiel'],
  skills: ['competences', 'fahigkeiten', 'kenntnisse', 'kompetenzen', 'habilidades', 'competencias', 'vaardigheden', 'competenze'],
  availableOn: [...EXIT_INTL, 'disponible a partir du', 'disponibilite', 'verfugbar ab', 'disponible desde', 'beschikbaar vanaf'],
  notes: ['remarques', 'commentaires', 'bemerkungen', 'anmerkungen', 'notizen', 'comentarios', 'notas', 'opmerkingen'],
};
const ALUMNI_INTL: Record<string, string[]> = {
  exitDate: EXIT_INTL,
  employeeId: ['matricule', 'personalnummer', 'numero de empleado', 'matricula', 'personeelsnummer', 'matricola'],
  team: ['departement', 'abteilung', 'departamento', 'afdeling', 'reparto'],
  manager: ['responsable', 'vorgesetzter', 'gerente', 'leidinggevende', 'responsabile'],
  hireDate: ['date d embauche', 'date d entree', 'eintrittsdatum', 'fecha de alta', 'fecha de ingreso', 'data de admissao', 'datum in dienst', 'data di assunzione'],
  exitReason: ['motif de depart', 'raison du depart', 'austrittsgrund', 'kundigungsgrund', 'motivo de salida', 'motivo da saida', 'reden uit dienst', 'motivo di uscita'],
  rehire: ['eligible a la reembauche', 'reembauchable', 'wiedereinstellung', 'wiedereinstellung moglich', 'recontratable', 'elegible para recontratacion', 'recontratavel', 'herindienstneming'],
};

const merged = (base: Record<string, string[]>, more: Record<string, string[]>): Record<string, string[]> =>
  Object.fromEntries([...new Set([...Object.keys(base), ...Object.keys(more)])].map((f) => [f, [...(base[f] ?? []), ...(more[f] ?? [])]]));

const PERSON_ALL = merged(PERSON, PERSON_INTL);
/** Synonyms a header must equal (after normalising), never match with a typo or as a part. */
const ENGLISH = new Set([...Object.values(PERSON), ...Object.values(ALUMNI)].flat());
export const EXACT_ONLY: ReadonlySet<string> = new Set([...Object.values(PERSON_INTL), ...Object.values(ALUMNI_INTL)].flat().filter((t) => !ENGLISH.has(t)));
const ALUMNI_ALL = merged(ALUMNI, ALUMNI_INTL);

export const SYNONYMS: Record<ImportKind, Record<string, string[]>> = {
  candidates: PERSON_ALL,
  // In an HRIS export the termination columns are the employment's exit, not "available on".
  // Oracle HCM calls an employee's job just "Job" (in a candidate file it is the job applied for),
  // and so with "Office": a Greenhouse candidate's office is the job's, an employee's their own.
  alumni: { ...PERSON_ALL, ...ALUMNI_ALL, title: [...PERSON_ALL.title!, 'job', 'job name'], location: [...PERSON_ALL.location!, 'office'], availableOn: PERSON_ALL.availableOn!.filter((s) => !ALUMNI_ALL.exitDate!.includes(s)) },
  roles: ROLE,
  layoffs: LAYOFF,
};

/**
 * Headers that look like protected attributes (DESIGN.md): left out of an import by default and
 * never scored. Matched as whole words or phrases of the normalised header.
 */
export const PROTECTED_TERMS: { phrase: string; attribute: string }[] = [
  { phrase: 'age', attribute: 'age' },
  { phrase: 'dob', attribute: 'date of birth' },
  { phrase: 'date of birth', attribute: 'date of birth' },
  { phrase: 'birth date', attribute: 'date of birth' },
  { phrase: 'birthdate', attribute: 'date of birth' },
  { phrase: 'birthday', attribute: 'date of birth' },
  { phrase: 'year of birth', attribute: 'date of birth' },
  { phrase: 'birth year', attribute: 'date of birth' },
  { phrase: 'gender', attribute: 'gender' },
  { phrase: 'sex', attribute: 'gender' },
  { phrase: 'pronouns', attribute: 'gender' },
  { phrase: 'sexual orientation', attribute: 'sexual orientation' },
  { phrase: 'race', attribute: 'race' },
  { phrase: 'ethnicity', attribute: 'ethnicity' },
  { phrase: 'ethnic', attribute: 'ethnicity' },
  { phrase: 'religion', attribute: 'religion' },
  { phrase: 'religious', attribute: 'religion' },
  { phrase: 'marital', attribute: 'marital status' },
  { phrase: 'married', attribute: 'marital status' },
  { phrase: 'disability', attribute: 'disability' },
  { phrase: 'disabled', attribute: 'disability' },
  { phrase: 'nationality', attribute: 'nationality' },
  { phrase: 'citizenship', attribute: 'nationality' },
  { phrase: 'national origin', attribute: 'nationality' },
  { phrase: 'photo', attribute: 'photo' },
  { phrase: 'photograph', attribute: 'photo' },
  { phrase: 'picture', attribute: 'photo' },
  { phrase: 'headshot', attribute: 'photo' },
  { phrase: 'avatar', attribute: 'photo' },
  { phrase: 'veteran', attribute: 'veteran status' },
  { phrase: 'military status', attribute: 'veteran status' },
  { phrase: 'pregnancy', attribute: 'pregnancy' },
  // EEO questions (iCIMS "Person : EEO : …", SuccessFactors "Minority", "Challenged Veteran Status").
  { phrase: 'eeo', attribute: 'EEO answers' },
  { phrase: 'minority', attribute: 'race' },
  { phrase: 'challenged', attribute: 'disability' },
  // Not protected attributes but government identifiers: no use for hiring, a risk to keep.
  { phrase: 'ssn', attribute: 'social security number' },
  { phrase: 'social security', attribute: 'social security number' },
  { phrase: 'national insurance', attribute: 'national insurance number' },
  { phrase: 'ni number', attribute: 'national insurance number' },
  { phrase: 'passport', attribute: 'passport number' },
  { phrase: 'tax id', attribute: 'tax ID' },
  { phrase: 'tin', attribute: 'tax ID' },
  { phrase: 'national id', attribute: 'national ID number' },
  // The same in French, German, Spanish, Portuguese, Dutch and Italian sheets.
  ...intl('gender', ['sexe', 'genre', 'geschlecht', 'sexo', 'genero', 'geslacht', 'sesso']),
  ...intl('date of birth', ['date de naissance', 'geburtsdatum', 'geburtstag', 'fecha de nacimiento', 'data de nascimento', 'geboortedatum', 'data di nascita']),
  ...intl('age', ['edad', 'idade', 'leeftijd']),
  ...intl('nationality', ['nationalite', 'staatsangehorigkeit', 'nacionalidad', 'nacionalidade', 'nationaliteit', 'nazionalita', 'cittadinanza']),
  ...intl('ethnicity', ['ethnie', 'origine ethnique', 'etnia', 'etniciteit']),
  ...intl('religion', ['konfession', 'religionszugehorigkeit', 'religiao', 'religione', 'godsdienst']),
  ...intl('marital status', ['etat civil', 'situation familiale', 'familienstand', 'estado civil', 'burgerlijke staat', 'stato civile']),
  ...intl('disability', ['handicap', 'behinderung', 'schwerbehinderung', 'discapacidad', 'deficiencia', 'disabilita']),
  ...intl('photo', ['foto', 'bild', 'lichtbild']),
  ...intl('social security number', ['numero de securite sociale', 'sozialversicherungsnummer', 'numero de seguridad social', 'burgerservicenummer', 'codice fiscale']),
];

function intl(attribute: string, phrases: string[]): { phrase: string; attribute: string }[] {
  return phrases.map((phrase) => ({ phrase, attribute }));
}
