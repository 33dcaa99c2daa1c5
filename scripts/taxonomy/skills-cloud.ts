// Hand-curated cloud, networking, operating-system and infrastructure skills.
// One skill per line: Name | tracks | aliases (comma-separated) | parent
export const CLOUD_SKILLS = `
Cloud computing | cloud | cloud, cloud services, cloud infrastructure, cloud technologies, cloud engineering, cloud environments | 
Cloud-native architecture | cloud plat | cloud native, cloud-native, cloud native applications, cloud-native development, cloud-native applications, twelve-factor apps, 12-factor apps | Cloud computing
Cloud platforms | cloud | cloud providers, public cloud, hyperscalers, cloud service providers | Cloud computing
Amazon Web Services | cloud | AWS, Amazon AWS, AWS Cloud, Amazon Web Services (AWS), AWS services, AWS infrastructure | Cloud platforms
Google Cloud | cloud | GCP, Google Cloud Platform, Google Cloud Platform (GCP), GCP services, Google Cloud services | Cloud platforms
Microsoft Azure | cloud | Azure, MS Azure, Azure Cloud, Windows Azure, Azure services | Cloud platforms
Oracle Cloud | cloud | Oracle Cloud Infrastructure, Oracle OCI | Cloud platforms
IBM Cloud | cloud | IBM Bluemix, Bluemix, SoftLayer | Cloud platforms
Alibaba Cloud | cloud | Aliyun | Cloud platforms
DigitalOcean | cloud | Digital Ocean | Cloud platforms
Multi-cloud | cloud | multicloud, multi cloud, hybrid cloud, hybrid-cloud, multi-cloud architecture | Cloud computing
Cloud migration | cloud | cloud migrations, lift and shift, lift-and-shift, migration to cloud, datacenter migration, data center migration, cloud modernization | Cloud computing
Cloud architecture | cloud | cloud solution architecture, cloud design, solutions architecture, solution architecture, AWS Well-Architected, Well-Architected Framework, cloud architecture design | Cloud computing
FinOps | cloud | Fin Ops, cloud cost optimization, cloud cost optimisation, cloud cost management, cloud financial management, cloud economics, Kubecost, AWS Cost Explorer, cloud spend optimization, cost optimization | Cloud computing
Edge computing | cloud | fog computing, edge infrastructure | Cloud computing
AWS certifications | cloud | AWS Certified Solutions Architect, AWS Solutions Architect, AWS Certified Developer, AWS Certified DevOps Engineer, AWS Certified, AWS Solutions Architect Associate, AWS Solutions Architect Professional | Amazon Web Services
Azure certifications | cloud | AZ-900, AZ-104, AZ-204, AZ-305, AZ-400, Azure Administrator Associate, Azure Solutions Architect Expert | Microsoft Azure
Google Cloud certifications | cloud | Google Cloud Professional Cloud Architect, Professional Cloud Architect, Associate Cloud Engineer, Google Professional Data Engineer | Google Cloud
Amazon EC2 | cloud | EC2, AWS EC2, Elastic Compute Cloud, Amazon Elastic Compute Cloud, EC2 instances | Amazon Web Services
Amazon S3 | cloud data | S3, AWS S3, Simple Storage Service, Amazon Simple Storage Service, Amazon Simple Storage Service S3, S3 buckets, S3 Glacier, Amazon Glacier | Amazon Web Services
Amazon VPC | cloud | AWS VPC | Amazon Web Services
AWS IAM | cloud sec | IAM roles, IAM policies, AWS Identity and Access Management | Amazon Web Services
Amazon Route 53 | cloud | Route 53, Route53 | Amazon Web Services
Amazon CloudFront | cloud | CloudFront | CDN
Amazon EventBridge | cloud | EventBridge, CloudWatch Events | Amazon Web Services
AWS Control Tower | cloud | Control Tower, AWS Organizations, AWS landing zones, landing zone | Amazon Web Services
Google Compute Engine | cloud | GCE, Compute Engine | Google Cloud
Google Cloud Storage | cloud | GCS, GCP Cloud Storage | Google Cloud
Google App Engine | cloud fs | App Engine, GAE | Google Cloud
Anthos | cloud plat | Google Anthos | Google Cloud
Azure Virtual Machines | cloud | Azure VMs, Azure VM | Microsoft Azure
Azure Blob Storage | cloud | Blob Storage, Azure Storage, ADLS, Azure Data Lake, Azure Data Lake Storage, ADLS Gen2 | Microsoft Azure
Azure App Service | cloud fs | App Service, Azure Web Apps | Microsoft Azure
Azure Logic Apps | cloud | Logic Apps | Microsoft Azure
Azure Virtual Network | cloud | VNet, Azure VNet, VNets | Cloud networking
Cloud networking | cloud | VPC, VPCs, virtual private cloud, cloud network architecture, Transit Gateway, AWS Transit Gateway, VPC peering, PrivateLink, AWS PrivateLink, Direct Connect, AWS Direct Connect, ExpressRoute, Azure ExpressRoute, Cloud Interconnect | Networking
Networking | cloud | computer networking, network engineering, network administration, network design, network infrastructure, LAN/WAN, LAN, WAN, enterprise networking, design computer network | IT infrastructure
TCP/IP | cloud | TCP, TCP IP, IP networking, UDP, OSI model, network protocols, IPv4, IPv6, subnetting, CIDR, ICT communications protocols | Networking
DNS | cloud | Domain Name System, BIND, DNS management, domain name service | Networking
BGP | cloud | Border Gateway Protocol | Routing and switching
Routing and switching | cloud | routing & switching, routers and switches, Layer 2, Layer 3, VLANs, VLAN, OSPF, EIGRP, MPLS, spanning tree, ICT network routing | Networking
SD-WAN | cloud | SDWAN, software-defined WAN | Networking
Software-defined networking | cloud | SDN, software defined networking | Networking
Cisco networking | cloud | Cisco, Cisco IOS, Cisco routers, Cisco switches, CCNA, CCNP, CCIE, CiscoWorks, Cisco NX-OS, NX-OS, Cisco Meraki, Meraki | Networking
Juniper | cloud | Juniper Networks, Junos, JNCIA, JNCIP | Networking
Arista | cloud | Arista Networks, Arista EOS | Networking
Load balancing | cloud plat | load balancers, load balancer, reverse proxies, reverse proxy, ALB, NLB, ELB, Elastic Load Balancing, F5, F5 BIG-IP, load-balancing | Networking
HAProxy | cloud plat | HA Proxy | Load balancing
NGINX | plat cloud fs | Nginx Plus, Nginx Ingress, ingress-nginx, Nginx web server | Web servers
Traefik | plat | Traefik Proxy | Load balancing
CDN | cloud fs | CDNs, content delivery networks, content delivery network, Akamai, Fastly | Networking
Cloudflare | cloud sec | Cloudflare CDN, Cloudflare Zero Trust | CDN
VPN | cloud sec | VPNs, virtual private networks, virtual private network, IPsec, OpenVPN, WireGuard, site-to-site VPN | Network security
Wireshark | cloud sec | Ethereal, tcpdump, packet analysis, packet capture, packet sniffing | Networking
VoIP | cloud other | Voice over IP, SIP trunking, VoIP systems, unified communications | Networking
Web servers | cloud fs | web server, web hosting | IT infrastructure
Apache HTTP Server | cloud fs | Apache httpd, httpd, Apache web server, Apache HTTP | Web servers
Microsoft IIS | cloud fs | IIS, Internet Information Services | Web servers
Application servers | fs | app servers, application server, Java application servers | Backend development
Apache Tomcat | fs | Tomcat | Application servers
JBoss | fs | WildFly, Red Hat JBoss, JBoss EAP, Red Hat WildFly | Application servers
WebLogic | fs | Oracle WebLogic, Oracle WebLogic Server | Application servers
WebSphere | fs | IBM WebSphere, WebSphere Application Server | Application servers
IT infrastructure | cloud | infrastructure, infrastructure engineering, infra, infrastructure management, ICT infrastructure | 
Data centers | cloud | data center, datacenter, data centre, datacentre, data center operations, colocation, data centres, datacenters | IT infrastructure
Operating systems | cloud | operating system, operating system internals, OS internals | IT infrastructure
Linux | cloud plat sre | GNU/Linux, Linux systems, Linux OS, Linux servers, Linux environments | Operating systems
Linux administration | cloud sre | Linux system administration, Linux sysadmin, Linux admin, Linux administrator skills, RHCSA, RHCE, Linux engineering | Linux
Linux kernel | cloud fs | kernel development, Linux kernel development, kernel programming, device drivers, kernel internals | Linux
Red Hat Enterprise Linux | cloud | RHEL, Red Hat Linux, RedHat, Red Hat, CentOS, Rocky Linux, AlmaLinux, Fedora, Oracle Linux | Linux
Ubuntu | cloud fs | Ubuntu Linux, Ubuntu Server | Linux
Debian | cloud | Debian Linux | Linux
SUSE | cloud | SLES, SUSE Linux Enterprise, openSUSE | Linux
Unix | cloud | UNIX systems, Solaris, Oracle Solaris, AIX, IBM AIX, HP-UX, HPUX, FreeBSD, BSD, Unix administration | Operating systems
Microsoft Windows | other cloud | Windows, Windows 10, Windows 11, MS Windows, Windows desktop, Windows OS | Operating systems
Windows Server | cloud | Microsoft Windows Server, Windows Server 2019, Windows Server 2016, Windows Server 2022, Windows Server 2012, Windows Server administration | Operating systems
macOS | other fs | Mac OS, Mac OS X, OS X, Apple macOS, OSX | Operating systems
Systems administration | cloud | system administration, sysadmin, sys admin, server administration, system admin, systems admin | IT infrastructure
Shell scripting | cloud plat | shell scripts, shell script, Unix shell, Unix shell scripting, scripting, Shell, KornShell, ksh, zsh, Bourne shell, csh | Programming languages
Bash | cloud plat | Bash scripting, bash scripts, GNU Bash, Bourne Again Shell, bash script | Shell scripting
PowerShell | cloud | Power Shell, Microsoft PowerShell, PowerShell scripting, PowerShell scripts | Shell scripting
Active Directory | cloud sec | Microsoft Active Directory, AD DS, Group Policy, GPO, Active Directory Domain Services | Identity and access management
LDAP | sec cloud | OpenLDAP, Lightweight Directory Access Protocol | Identity and access management
Virtualization | cloud | virtualisation, server virtualization, hypervisors, hypervisor, virtual machines, KVM, Xen, QEMU | IT infrastructure
VMware | cloud | VMware vSphere, vSphere, ESXi, VMware ESX Server, vCenter, VMware ESXi, VMware Workstation, VMware NSX, NSX, vSAN, VCP | Virtualization
Hyper-V | cloud | Microsoft Hyper-V, HyperV | Virtualization
Proxmox | cloud | Proxmox VE | Virtualization
Citrix | cloud | Citrix XenApp, Citrix XenDesktop, Citrix Virtual Apps, VDI, virtual desktop infrastructure, Citrix Virtual Apps and Desktops | Virtualization
Storage systems | cloud | enterprise storage, SAN, NAS, storage area networks, storage area network, network-attached storage, NetApp, Dell EMC, EMC, storage administration, Pure Storage | IT infrastructure
Object storage | cloud | object stores, object store, MinIO, Ceph | Storage systems
Backup software | cloud | Veeam, Veritas NetBackup, NetBackup, Commvault, backup solutions | Disaster recovery
Mainframe | cloud other | IBM mainframe, z/OS, zOS, IBM z/OS, mainframes, System z, IBM Z, MVS, ISPF, TSO/ISPF | Legacy systems
JCL | other | Job Control Language | Mainframe
CICS | other | IBM CICS, Customer Information Control System | Mainframe
AS/400 | other | IBM i, iSeries, AS400, IBM iSeries, RPGLE, RPG IV, IBM Power Systems | Legacy systems
Legacy systems | other | legacy applications, legacy modernization, legacy modernisation, application modernization, application modernisation, legacy migration | 
Embedded systems | fs other | embedded software, firmware, RTOS, microcontrollers, embedded Linux, firmware development, embedded programming | Software engineering
IoT | other cloud | Internet of Things, IIoT, industrial IoT, connected devices, AWS IoT, Azure IoT Hub, MQTT, smart devices | 
HPC | cloud ai | high-performance computing, high performance computing, supercomputing, Slurm, MPI, OpenMP, HPC clusters | Scientific computing
ITIL | other cloud | ITIL v3, ITIL v4, ITIL 4, IT service management, ITSM, ITIL Foundation | 
ServiceNow | other cloud | Service Now, ServiceNow ITSM, ServiceNow development | ITIL
IT support | other | help desk, helpdesk, service desk, desktop support, technical support, tech support, IT helpdesk | 
`;
