// Adjacency edges: Languages, web, security, OS, office and business tools. Format in adjacency.ts.
export const APP_EDGES = `
Java ~ Kotlin 0.8
Java ~ Scala 0.65
Java ~ C# 0.7
C# ~ .NET 0.8
ASP.NET > .NET 0.85
C ~ C++ 0.7
C++ ~ Rust 0.55
Go ~ Rust 0.45
Go ~ Java 0.45
TypeScript > JavaScript 0.95
JavaScript > TypeScript 0.75
Swift ~ Objective-C 0.75
Swift ~ Kotlin 0.55
Kotlin > Android development 0.6
Swift > iOS development 0.7
Objective-C > iOS development 0.7
Ruby ~ Python 0.5
Perl ~ Python 0.45
Perl ~ Bash 0.5
Bash ~ PowerShell 0.55
Scala ~ Apache Spark 0.5
Clojure ~ Lisp 0.7
Erlang ~ Elixir 0.8
Haskell ~ OCaml 0.7
F# ~ OCaml 0.7
F# ~ C# 0.55
Visual Basic ~ VBA 0.75
Visual Basic ~ C# 0.5
VBScript ~ VBA 0.7
COBOL ~ JCL 0.6
COBOL ~ PL/I 0.6
Fortran ~ C 0.45
Pascal ~ Delphi 0.85
Dart ~ Flutter 0.85
Groovy ~ Java 0.6
Verilog ~ VHDL 0.8
React ~ Vue.js 0.7
React ~ Angular 0.6
Angular ~ Vue.js 0.6
Angular ~ AngularJS 0.65
React ~ Svelte 0.65
Vue.js ~ Svelte 0.7
Next.js > React 0.9
React > Next.js 0.7
Nuxt > Vue.js 0.9
React ~ React Native 0.7
Redux > React 0.7
React Native ~ Flutter 0.6
Ember.js ~ Angular 0.5
Backbone.js ~ jQuery 0.5
jQuery > JavaScript 0.5
jQuery > React 0.3
Tailwind CSS ~ Bootstrap 0.7
Webpack ~ Vite 0.8
esbuild ~ Vite 0.7
Rollup ~ Vite 0.75
Jest ~ Vitest 0.9
Jest ~ Mocha 0.75
Jasmine ~ Mocha 0.8
Jest ~ Jasmine 0.75
Cypress ~ Playwright 0.85
Playwright ~ Selenium 0.7
Cypress ~ Selenium 0.7
Puppeteer ~ Playwright 0.85
Appium ~ Selenium 0.6
JUnit ~ pytest 0.6
Maven ~ Gradle 0.8
Maven ~ Apache Ant 0.6
Django ~ Flask 0.75
Flask ~ FastAPI 0.85
Django ~ FastAPI 0.7
Express.js ~ NestJS 0.8
Express.js ~ FastAPI 0.5
Spring Boot > Spring 0.9
Spring > Spring Boot 0.8
Spring ~ Java EE 0.7
Ruby on Rails ~ Django 0.65
Laravel ~ Symfony 0.8
Laravel ~ Ruby on Rails 0.55
Phoenix Framework ~ Ruby on Rails 0.5
Quarkus ~ Spring Boot 0.75
Node.js > JavaScript 0.6
Node.js ~ Deno 0.8
Express.js > Node.js 0.85
NestJS > Node.js 0.85
REST APIs ~ GraphQL 0.6
REST APIs ~ gRPC 0.55
SOAP ~ REST APIs 0.5
OpenAPI > REST APIs 0.7
Microservices ~ Distributed systems 0.6
Event-driven architecture ~ Apache Kafka 0.5
Event-driven architecture ~ Microservices 0.6
Heroku ~ Vercel 0.6
Vercel ~ Netlify 0.85
Firebase ~ Supabase 0.8
Heroku ~ Cloud Foundry 0.55
Cloud Foundry ~ OpenShift 0.5
Classic ASP > ASP.NET 0.5
ColdFusion ~ PHP 0.5
Okta ~ Auth0 0.8
Okta ~ Microsoft Entra ID 0.75
Okta ~ Ping Identity 0.8
Keycloak ~ Auth0 0.75
Keycloak ~ Okta 0.7
CyberArk ~ SailPoint 0.5
OAuth ~ SAML 0.65
SAML ~ Single sign-on 0.7
Kerberos ~ Active Directory 0.6
Active Directory ~ Microsoft Entra ID 0.8
Active Directory ~ LDAP 0.75
Splunk > SIEM 0.7
SIEM ~ SOAR 0.6
Threat intelligence ~ Security incident response 0.55
Nessus ~ Qualys 0.85
Nessus ~ Rapid7 0.85
Qualys ~ Rapid7 0.85
Burp Suite ~ OWASP ZAP 0.85
Metasploit ~ Burp Suite 0.5
Nmap ~ Wireshark 0.5
Kali Linux ~ Metasploit 0.6
SAST ~ DAST 0.6
Snyk ~ SAST 0.6
Snyk ~ Software supply chain security 0.7
Container security ~ Software supply chain security 0.55
DevSecOps ~ DevOps 0.5
Palo Alto Networks ~ Fortinet 0.8
Palo Alto Networks ~ Check Point firewalls 0.8
Fortinet ~ Check Point firewalls 0.8
Cisco networking ~ Juniper 0.75
Cisco networking ~ Arista 0.75
Juniper ~ Arista 0.75
IDS/IPS ~ Firewalls 0.5
VPN ~ Zero trust 0.4
SOC 2 ~ ISO 27001 0.75
ISO 27001 ~ NIST frameworks 0.7
SOC 2 ~ NIST frameworks 0.6
NIST frameworks ~ FedRAMP 0.7
HIPAA ~ GDPR 0.5
PCI DSS ~ SOC 2 0.55
Red Hat Enterprise Linux ~ Ubuntu 0.8
Red Hat Enterprise Linux ~ Debian 0.75
Ubuntu ~ Debian 0.9
SUSE ~ Red Hat Enterprise Linux 0.8
Unix ~ Linux 0.7
VMware ~ Hyper-V 0.75
VMware ~ Proxmox 0.7
Hyper-V ~ Proxmox 0.65
VMware ~ Citrix 0.5
Virtualization ~ Containerization 0.4
Apache Tomcat ~ JBoss 0.75
JBoss ~ WebLogic 0.8
WebLogic ~ WebSphere 0.8
Mainframe ~ COBOL 0.7
AS/400 ~ Mainframe 0.5
CICS ~ COBOL 0.6
Microsoft Office ~ Google Workspace 0.8
Microsoft Teams ~ Slack 0.8
Microsoft Teams ~ Zoom 0.7
Jira ~ Azure DevOps 0.5
Jira ~ Trello 0.7
Jira ~ Asana 0.7
Asana ~ Trello 0.8
Asana ~ Monday.com 0.8
Confluence ~ Microsoft SharePoint 0.65
Confluence ~ Notion 0.75
Microsoft Project ~ Smartsheet 0.7
Microsoft Project ~ Jira 0.5
Scrum ~ Kanban 0.75
Scrum ~ SAFe 0.6
Project management ~ Product management 0.5
Figma ~ Sketch 0.85
Figma ~ Adobe XD 0.85
Sketch ~ Adobe XD 0.85
Adobe Photoshop ~ Adobe Illustrator 0.6
Adobe Illustrator ~ Adobe InDesign 0.6
Adobe Premiere Pro ~ Adobe After Effects 0.6
Salesforce ~ HubSpot 0.7
Salesforce ~ Microsoft Dynamics 0.7
SAP ~ Oracle E-Business Suite 0.7
SAP ~ Microsoft Dynamics 0.6
SAP ~ NetSuite 0.6
Oracle E-Business Suite ~ Oracle PeopleSoft 0.75
Workday ~ Oracle PeopleSoft 0.7
QuickBooks ~ NetSuite 0.6
Applicant tracking systems ~ HRIS 0.5
ServiceNow ~ Jira 0.5
Power Platform ~ Robotic process automation 0.6
SolidWorks ~ CATIA 0.8
AutoCAD ~ Revit 0.65
AutoCAD ~ MicroStation 0.8
SketchUp ~ Revit 0.5
Unity ~ Unreal Engine 0.75
`;
