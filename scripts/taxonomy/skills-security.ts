// Hand-curated security skills.
// One skill per line: Name | tracks | aliases (comma-separated) | parent
export const SECURITY_SKILLS = `
Cybersecurity | sec | cyber security, cyber-security, infosec, information security, IT security, security engineering, information security management, ICT security | 
Application security | sec fs | AppSec, App Sec, secure coding, secure software development, web application security, OWASP, OWASP Top 10, software security, secure SDLC, SSDLC | Cybersecurity
DevSecOps | sec plat | Dev Sec Ops, SecDevOps, security automation, shift-left security, shift left security | Application security
Cloud security | sec cloud | cloud security posture management, CSPM, CNAPP, cloud security engineering, AWS security, Azure security, GCP security, AWS Security Hub, GuardDuty, Amazon GuardDuty, implement cloud security and compliance | Cybersecurity
Wiz | sec cloud | Wiz.io | Cloud security
Container security | sec plat | Kubernetes security, image scanning, container image scanning, Trivy, Aqua Security, Twistlock, Sysdig Secure, Falco, Anchore, Grype | Cloud security
Network security | sec cloud | network defense, network defence, perimeter security, network security engineering | Cybersecurity
Firewalls | sec cloud | firewall, firewall management, next-generation firewalls, NGFW, iptables, pfSense, firewall configuration | Network security
Palo Alto Networks | sec cloud | Palo Alto firewalls, PAN-OS, Prisma Access, Prisma Cloud, Palo Alto firewall | Firewalls
Fortinet | sec cloud | FortiGate, Fortinet FortiGate | Firewalls
Check Point firewalls | sec | Checkpoint firewall, Check Point firewall, Checkpoint firewalls | Firewalls
Web application firewalls | sec | WAF, WAFs, web application firewall, AWS WAF, ModSecurity | Network security
DDoS protection | sec | DDoS mitigation, anti-DDoS, DDoS prevention | Network security
IDS/IPS | sec | intrusion detection, intrusion prevention, intrusion detection systems, intrusion detection system, intrusion prevention systems, Snort, Suricata, Zeek, IDS | Network security
Zero trust | sec cloud | zero-trust, zero trust architecture, ZTNA, zero trust networking, BeyondCorp, zero trust security | Network security
Identity and access management | sec cloud | IAM, identity management, access management, IdM, digital identity management, privileged access management, PAM, RBAC, role-based access control, access control, identity governance, IGA | Cybersecurity
Microsoft Entra ID | sec cloud | Azure AD, AAD, Azure Active Directory, Entra ID, Microsoft Entra | Identity and access management
Okta | sec | Okta SSO, Okta Identity, Okta Workforce Identity | Identity and access management
Auth0 | sec fs | Auth 0 | Identity and access management
Keycloak | sec | Red Hat SSO, Red Hat Single Sign-On | Identity and access management
Ping Identity | sec | PingFederate, PingID, PingOne | Identity and access management
CyberArk | sec | Cyber Ark | Identity and access management
SailPoint | sec | Sail Point, IdentityIQ | Identity and access management
Authentication protocols | sec fs | authentication, authorization, authN, authZ, auth protocols, authentication and authorization | Identity and access management
OAuth | sec fs | OAuth 2.0, OAuth2, OAuth 2, OpenID Connect, OIDC, JWT, JSON Web Tokens, JSON Web Token | Authentication protocols
SAML | sec | SAML 2.0, Security Assertion Markup Language | Authentication protocols
Single sign-on | sec | SSO, single sign on | Authentication protocols
Multi-factor authentication | sec | MFA, 2FA, two-factor authentication, multifactor authentication, Duo Security | Authentication protocols
Kerberos | sec | | Authentication protocols
Security operations | sec | SOC, security operations center, security operations centre, SecOps, SOC operations | Cybersecurity
SIEM | sec | security information and event management, SIEM tools, IBM QRadar, QRadar, Microsoft Sentinel, Azure Sentinel, ArcSight, LogRhythm, Elastic SIEM | Security operations
SOAR | sec | security orchestration automation and response, Cortex XSOAR, Splunk SOAR | Security operations
EDR | sec | endpoint detection and response, XDR, endpoint security, endpoint protection, antivirus, anti-virus, McAfee, Symantec Endpoint Protection, Carbon Black, SentinelOne, Microsoft Defender, Defender for Endpoint | Security operations
CrowdStrike | sec | CrowdStrike Falcon | EDR
Threat intelligence | sec | threat intel, cyber threat intelligence, threat hunting, MITRE ATT&CK, ATT&CK | Security operations
Security incident response | sec | security incident handling, cyber incident response, CSIRT, CIRT, DFIR, digital forensics, computer forensics, forensics, handle cybersecurity incidents | Security operations
Malware analysis | sec | malware reverse engineering, reverse engineering malware | Security incident response
Reverse engineering | sec | binary analysis, IDA Pro, Ghidra | Cybersecurity
Penetration testing | sec | pen testing, pentesting, pen-testing, pentest, penetration tests, ethical hacking, red teaming, red team, offensive security, OSCP, CEH, penetration testing tool | Cybersecurity
Burp Suite | sec | Burp, PortSwigger Burp Suite | Penetration testing
Metasploit | sec | Metasploit Framework | Penetration testing
Nmap | sec cloud | Zenmap | Penetration testing
Kali Linux | sec | | Penetration testing
OWASP ZAP | sec | ZAP, Zed Attack Proxy | Penetration testing
Vulnerability management | sec | vulnerability assessment, vulnerability scanning, vulnerability remediation, patch management, vulnerability assessments | Cybersecurity
Nessus | sec | Tenable Nessus, Tenable, Tenable.io | Vulnerability management
Qualys | sec | Qualys VMDR | Vulnerability management
Rapid7 | sec | InsightVM, Nexpose | Vulnerability management
SAST | sec | static application security testing, Checkmarx, Fortify, Veracode, Semgrep, CodeQL | Application security
DAST | sec | dynamic application security testing | Application security
Snyk | sec plat | Snyk Open Source, Snyk Code | Application security
Software supply chain security | sec plat | supply chain security, SBOM, SBOMs, software bill of materials, SLSA, Sigstore, cosign, dependency scanning, SCA, software composition analysis | DevSecOps
Policy as code | sec plat | OPA, Open Policy Agent, Gatekeeper, OPA Gatekeeper, Kyverno, Rego, policy-as-code | DevSecOps
Threat modeling | sec | threat modelling, STRIDE, attack surface analysis | Application security
Security architecture | sec cloud | security design, secure architecture, enterprise security architecture | Cybersecurity
Encryption | sec | cryptography, encryption software, data encryption, HSM, KMS, AWS KMS, key management, encryption at rest | Cybersecurity
PKI | sec | public key infrastructure, certificate management, X.509, TLS, SSL, SSL/TLS, TLS/SSL, mTLS, mutual TLS | Encryption
Data loss prevention | sec | DLP | Cybersecurity
Governance, risk and compliance | sec other | GRC, compliance, IT risk management, security compliance, IT audit, security audits, IT compliance | Cybersecurity
Compliance frameworks | sec other | compliance standards, regulatory compliance, security frameworks, ICT security standards | Governance, risk and compliance
SOC 2 | sec | SOC2, SOC 2 Type II, SOC 2 Type 2, SOC 2 compliance | Compliance frameworks
ISO 27001 | sec | ISO/IEC 27001, ISO27001, ISMS, Information Security Management System | Compliance frameworks
NIST frameworks | sec | NIST, NIST CSF, NIST 800-53, NIST Cybersecurity Framework, NIST SP 800-53 | Compliance frameworks
FedRAMP | sec cloud | FedRAMP compliance | Compliance frameworks
PCI DSS | sec | PCI, PCI-DSS, PCI compliance, Payment Card Industry Data Security Standard | Compliance frameworks
HIPAA | sec other | HIPAA compliance, HITRUST | Compliance frameworks
GDPR | sec other data | General Data Protection Regulation, EU data protection, data protection, data privacy, privacy compliance, CCPA | Compliance frameworks
CISSP | sec | Certified Information Systems Security Professional | Security certifications
Security certifications | sec | CISM, CISA, Security+, CompTIA Security+, GIAC, GSEC, CCSP, CompTIA CySA+ | Cybersecurity
Security clearance | other sec | TS/SCI, top secret clearance, secret clearance, DV clearance, SC clearance, Public Trust clearance, active clearance | 
Blockchain | other fs | distributed ledger technology, DLT, blockchain development, Web3, Ethereum, smart contracts, smart contract | 
`;
