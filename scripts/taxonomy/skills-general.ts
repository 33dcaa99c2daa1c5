// Hand-curated generalist, business, office and design skills a hiring manager still meets.
// One skill per line: Name | tracks | aliases (comma-separated) | parent
export const GENERAL_SKILLS = `
Microsoft Office | other | MS Office, Office 365, Microsoft 365, M365, O365, Microsoft Office Suite, MS Office Suite, office software, office suite, Microsoft Office software | 
Microsoft Excel | other data | Excel, MS Excel, Excel spreadsheets, Advanced Excel, Excel formulas, pivot tables, PivotTables, pivot table, VLOOKUP, XLOOKUP, spreadsheets, spreadsheet modeling | Microsoft Office
Microsoft Word | other | MS Word, Word | Microsoft Office
Microsoft PowerPoint | other | PowerPoint, Power Point, PPT, MS PowerPoint | Microsoft Office
Microsoft Outlook | other | Outlook, MS Outlook | Microsoft Office
Microsoft Visio | other | Visio, MS Visio | Microsoft Office
Microsoft Project | other | MS Project, Microsoft Project Server, Project | Project management tools
Microsoft Teams | other | MS Teams, Teams | Collaboration tools
Microsoft SharePoint | other fs | SharePoint, SharePoint Online, SharePoint Server, SharePoint development, SPFx | Collaboration tools
Microsoft Dynamics | other | Dynamics 365, Dynamics CRM, MS Dynamics, Microsoft Dynamics GP, Dynamics AX, Dynamics NAV, D365 | ERP systems
Power Platform | other data | Microsoft Power Platform, Power Apps, PowerApps, Power Automate, Microsoft Flow, Power Automate Desktop | Low-code development
Low-code development | other | low-code, no-code, low code, no code, low-code platforms, OutSystems, Mendix, Appian | 
Robotic process automation | other | RPA, UiPath, Automation Anywhere, Blue Prism | Automation
Automation | plat other | IT automation, task automation, workflow automation, automation scripting | 
Google Workspace | other | G Suite, GSuite, Google Apps, Google Docs, Google Drive, Google Slides, Google Workspace software | 
Google Sheets | other data | | Google Workspace
Collaboration tools | other | collaboration software, productivity tools, collaboration platforms | 
Slack | other | Slack API, Slack bots | Collaboration tools
Zoom | other | Zoom Video, Zoom meetings | Collaboration tools
Webex | other | Cisco Webex, WebEx | Collaboration tools
Confluence | other fs | Atlassian Confluence | Collaboration tools
Notion | other | Notion.so | Collaboration tools
Miro | other | Miro board, Mural | Collaboration tools
Lotus Notes | other | IBM Notes, IBM Domino, Lotus Domino, IBM Lotus Notes | Legacy systems
Project management tools | other | project management software | Project management
Jira | other fs plat | JIRA, Atlassian JIRA, Jira Software, Jira Service Management, Jira Align | Project management tools
Trello | other | | Project management tools
Asana | other | | Project management tools
Monday.com | other | monday.com, monday dot com | Project management tools
Smartsheet | other | | Project management tools
Primavera P6 | other | Oracle Primavera, Primavera, Oracle Primavera Enterprise Project Portfolio Management, Oracle Primavera P6 | Project management tools
Airtable | other | | Low-code development
Project management | other | project planning, project coordination, program management, programme management, project delivery, PMP, PMI, PRINCE2, Project Management Professional, ICT project management, project manager skills | 
Agile | other fs | Agile methodologies, Agile methodology, agile development, Agile software development, Agile project management, Agile practices | Project management
Scrum | other fs | Scrum Master, SCRUM, Certified Scrum Master, Scrum methodology, sprint planning, PSM, Professional Scrum Master | Agile
Kanban | other | Kanban boards, Kanban method | Agile
SAFe | other | Scaled Agile Framework, Scaled Agile, SAFe Agilist | Agile
Waterfall | other | Waterfall development, Waterfall methodology, waterfall model | Project management
Process improvement | other | continuous improvement, business process improvement, process optimization, business process management, BPM, process mapping | 
Lean | other | Lean methodology, lean management, lean project management, Lean manufacturing, Lean principles | Process improvement
Six Sigma | other | Lean Six Sigma, Six Sigma Green Belt, Six Sigma Black Belt, DMAIC | Process improvement
Product management | other | product strategy, product roadmaps, product roadmap, roadmapping, product ownership, product discovery, product lifecycle management | 
Stakeholder management | other | stakeholder engagement, stakeholder communication, stakeholder relations | 
Leadership | other | team leadership, people management, people leadership, team management, engineering management, managing teams, team building, line management, technical leadership, tech leadership | 
Mentoring | other | mentorship, coaching, mentoring engineers, mentoring junior engineers | Leadership
Communication | other | communication skills, written communication, verbal communication, presentation skills, public speaking, interpersonal skills | 
Recruiting | other | recruitment, technical recruiting, talent acquisition, technical interviewing, interviewing, sourcing candidates | 
Applicant tracking systems | other | ATS, applicant tracking, Greenhouse, Lever, Ashby, iCIMS, Workable, SmartRecruiters | Recruiting
HRIS | other | human resource information systems, HRMS, HCM, human capital management, ADP, BambooHR, UKG, Kronos, SuccessFactors, SAP SuccessFactors, Oracle Taleo, Taleo, Human resource management software | 
Workday | other | Workday HCM, Workday Financials, Workday software | HRIS
Budget management | other | budgeting, budget planning, P&L, P&L management, P&L responsibility, budget forecasting | 
Financial modeling | other data | financial modelling, financial analysis, FP&A, valuation, DCF, financial forecasting | 
Accounting | other | bookkeeping, accounts payable, accounts receivable, financial reporting, GAAP, IFRS, Xero | 
QuickBooks | other | Intuit QuickBooks, QuickBooks Online, QBO | Accounting
Risk management | other sec | risk assessment, risk analysis, enterprise risk management, internal risk management policy | 
Vendor management | other | vendor relations, procurement, supplier management, contract negotiation | 
Customer service | other | customer support, client service, customer experience, CX, client support | 
Sales | other | business development, account management, B2B sales, SaaS sales, pre-sales, presales, solution selling, sales engineering, enterprise sales | 
Digital marketing | other | online marketing, SEM, search engine marketing, PPC, pay-per-click, Google Ads, paid search, social media marketing, email marketing, digital marketing techniques | 
SEO | other fs | search engine optimization, search engine optimisation, technical SEO | Digital marketing
Marketing automation | other | marketing automation platforms, Marketo, Adobe Marketo, Marketo Marketing Automation, Eloqua, Oracle Eloqua, Pardot | Digital marketing
CRM systems | other | CRM, customer relationship management, CRM software, CRM platforms | 
Salesforce | other fs | Salesforce.com, SFDC, Salesforce CRM, Sales Cloud, Service Cloud, Visualforce, Salesforce Visualforce, Lightning Web Components, LWC, Salesforce administration, Salesforce development | CRM systems
HubSpot | other | HubSpot CRM, Hubspot software | CRM systems
ERP systems | other | ERP, enterprise resource planning, ERP software, ERP implementation | 
SAP | other | SAP ERP, SAP S/4HANA, S/4HANA, SAP ECC, SAP R/3, SAP R3, SAP FICO, SAP MM, SAP SD, SAP NetWeaver, SAP software | ERP systems
Oracle E-Business Suite | other | Oracle EBS, Oracle Applications, Oracle E-Business Suite Financials, Oracle Fusion Applications, Oracle Fusion, Oracle ERP Cloud | ERP systems
Oracle PeopleSoft | other | PeopleSoft, Oracle PeopleSoft Financials | ERP systems
NetSuite | other | Oracle NetSuite, NetSuite ERP | ERP systems
Electronic health records | other | EHR, EHRs, EMR, EMRs, electronic medical records, Cerner, eClinicalWorks, eClinicalWorks EHR software, MEDITECH, Epic Systems, Epic EHR, health informatics | 
UX design | fs other | UX, UI/UX, UI/UX design, UX/UI, user experience design, user experience, UI design, user interface design, interaction design, software interaction design, usability testing, wireframing, user research | 
Design tools | other fs | UI design tools, prototyping tools, design software | UX design
Figma | fs other | FigJam | Design tools
Sketch | other | Sketch app | Design tools
Adobe XD | other | | Design tools
Adobe Creative Cloud | other | Adobe Creative Suite, Adobe CC, Creative Cloud, Adobe Creative Cloud software | Design tools
Adobe Photoshop | other | Photoshop, Adobe Photoshop Lightroom, Lightroom | Adobe Creative Cloud
Adobe Illustrator | other | Illustrator, Adobe Illustrator CC | Adobe Creative Cloud
Adobe InDesign | other | InDesign | Adobe Creative Cloud
Adobe After Effects | other | After Effects | Adobe Creative Cloud
Adobe Premiere Pro | other | Premiere Pro, Adobe Premiere | Adobe Creative Cloud
Adobe Acrobat | other | Acrobat, Adobe Acrobat Pro, Acrobat Reader | Adobe Creative Cloud
Adobe Flash | other fs | Flash, ActionScript, Adobe ActionScript, Adobe Flex, Apache Flex | Legacy systems
Silverlight | fs other | Microsoft Silverlight | Legacy systems
ColdFusion | fs other | Adobe ColdFusion, CFML | Legacy systems
Visual FoxPro | other | FoxPro | Legacy systems
PowerBuilder | other | SAP PowerBuilder | Legacy systems
CAD | other | computer-aided design, CAD software, CADD, CADD software, computer aided drafting, computer-aided drafting | 
AutoCAD | other | Autodesk AutoCAD, AutoCAD Civil 3D | CAD
SolidWorks | other | Dassault Systemes SolidWorks, Solidworks | CAD
Revit | other | Autodesk Revit, BIM, building information modeling | CAD
CATIA | other | Dassault Systemes CATIA | CAD
SketchUp | other | Trimble SketchUp, Trimble SketchUp Pro, Google SketchUp | CAD
MicroStation | other | Bentley MicroStation | CAD
Technical training | other | training delivery, e-learning development, instructional design, learning management systems, LMS | 
`;
