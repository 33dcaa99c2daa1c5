// Hand-curated software engineering, languages, web, mobile and testing skills.
// One skill per line: Name | tracks | aliases (comma-separated) | parent
export const FULLSTACK_SKILLS = `
Software engineering | fs | software development, software dev, software engineering practices, application development, software programming | 
Programming languages | fs | programming, coding, computer programming, programming language | Software engineering
Python | fs data ai | Python 3, Python3, Python 2, Python2, py, Python programming, CPython, Python scripting, Python development, Python (computer programming) | Programming languages
Java | fs | Java 8, Java 11, Java 17, Java 21, Core Java, Java SE, Oracle Java, JDK, J2SE, Java programming, Java development, Java (computer programming), JVM | Programming languages
Java EE | fs | J2EE, JEE, Jakarta EE, Java Enterprise Edition, Enterprise JavaBeans, EJB, Servlets, Java Servlets, JSP, JavaServer Pages, JSF, JavaServer Faces, Apache Struts, Struts | Java
JavaScript | fs | JS, Javascript, Java Script, ECMAScript, ES6, ES2015, ES5, vanilla JavaScript, vanilla JS, ECMAScript 6, ES2020 | Programming languages
TypeScript | fs | TS, Typescript, Type Script | Programming languages
Node.js | fs | Node, NodeJS, Node JS, nodejs, Node.js runtime | Backend development
Deno | fs | | Backend development
Go | plat fs cloud sre | Golang, Go lang, Go language, Go programming, Go (Golang), Go programming language | Programming languages
Rust | fs plat | Rust lang, Rustlang, Rust programming | Programming languages
C | fs other | C programming, C language, ANSI C, C99, C11, C programming language, Embedded C | Programming languages
C++ | fs | CPP, C plus plus, C++11, C++14, C++17, C++20, Modern C++, Visual C++, Microsoft Visual C++, MSVC | Programming languages
C# | fs | C Sharp, CSharp, C#.NET, Visual C#, C# .NET | Programming languages
.NET | fs | dotnet, dot net, .NET Framework, .NET Core, .NET 6, .NET 8, DotNet, Microsoft .NET | Backend development
ASP.NET | fs | ASP.NET Core, ASP.NET MVC, ASPNET, ASP.NET Web API, ASP.NET Core MVC | Backend frameworks
Classic ASP | fs other | ASP, Active Server Pages | Legacy systems
Visual Basic | fs other | VB, VB.NET, Visual Basic .NET, VB6, Visual Basic 6, Microsoft Visual Basic | Programming languages
VBA | other data | Visual Basic for Applications, Excel VBA, Excel macros, VBA macros, Access VBA | Visual Basic
VBScript | other | VB Script | Visual Basic
Kotlin | fs | Kotlin Multiplatform, KMP, Kotlin/JVM | Programming languages
Swift | fs | Swift 5, Apple Swift, Swift programming | Programming languages
Objective-C | fs | Objective C, ObjC, Obj-C | Programming languages
Scala | fs data | Scala programming, Scala 3 | Programming languages
Ruby | fs | Ruby programming, Ruby 3, Ruby (computer programming) | Programming languages
PHP | fs | PHP 7, PHP 8, PHP programming, PHP development | Programming languages
Perl | fs other | Perl 5, Perl scripting | Programming languages
R | data ai | R programming, R language, R Studio, RStudio, R (programming language), GNU R, R programming language | Programming languages
Julia | data ai | Julia lang, JuliaLang, Julia programming | Programming languages
MATLAB | ai data | Matlab, MathWorks MATLAB, The MathWorks MATLAB | Programming languages
Fortran | other | FORTRAN, Fortran 90 | Programming languages
COBOL | other | Cobol, COBOL programming, Enterprise COBOL, Common business oriented language | Programming languages
Pascal | other | Object Pascal, Turbo Pascal, Pascal (computer programming) | Programming languages
Delphi | other fs | Embarcadero Delphi, Borland Delphi | Programming languages
Ada | other | Ada programming, Ada 95 | Programming languages
Lisp | other ai | Common Lisp, LISP | Programming languages
Clojure | fs | ClojureScript | Programming languages
Haskell | fs | | Programming languages
Erlang | fs plat | Erlang/OTP | Programming languages
Elixir | fs | | Programming languages
F# | fs | FSharp, F Sharp | Programming languages
OCaml | fs | Objective Caml | Programming languages
Dart | fs | Dart programming | Programming languages
Lua | fs other | Lua scripting, Luau | Programming languages
Groovy | fs plat | Apache Groovy, Groovy scripting | Programming languages
Apex | other | Salesforce Apex, Apex code | Programming languages
Solidity | fs | Solidity smart contracts | Blockchain
Assembly language | fs other | Assembly, assembler, ASM, x86 assembly, ARM assembly, MIPS assembly | Programming languages
Zig | fs | Zig lang | Programming languages
Smalltalk | other | Squeak, Pharo | Programming languages
Prolog | ai other | | Programming languages
Scheme | other | Racket | Programming languages
ABAP | other | SAP ABAP, ABAP/4 | Programming languages
PL/I | other | PL1, PL/1 | Programming languages
REXX | other | | Programming languages
Hardware description languages | other | HDL, HDLs | Programming languages
Verilog | other | SystemVerilog | Hardware description languages
VHDL | other | | Hardware description languages
CoffeeScript | fs | Coffee Script | Programming languages
Elm | fs | Elm lang | Programming languages
WebAssembly | fs | Wasm, WASM, Web Assembly | Frontend development
Frontend development | fs | front-end development, front end development, frontend engineering, front-end engineering, UI development, frontend, front-end, client-side development, front-end web development | Web development
Backend development | fs | back-end development, back end development, backend engineering, back-end engineering, server-side development, backend, back-end, server side development | Web development
Full-stack development | fs | full stack, full-stack, fullstack, full stack development, full-stack engineering, full stack web development, MERN, MERN stack, MEAN stack, LAMP stack, LAMP | Web development
Web development | fs | web dev, web applications, web application development, web programming, web apps, website development, web services | Software engineering
HTML | fs | HTML5, HTML 5, HyperText Markup Language, XHTML, DHTML, semantic HTML | Frontend development
CSS | fs | CSS3, CSS 3, Cascading Style Sheets, style sheet languages | Frontend development
Sass | fs | SCSS, Less CSS, CSS preprocessors | CSS
Tailwind CSS | fs | Tailwind, TailwindCSS | CSS
Bootstrap | fs | Twitter Bootstrap, Bootstrap 5, Bootstrap CSS | CSS
Material UI | fs | MUI, Material-UI, Material Design | Frontend development
jQuery | fs | JQuery, jQuery UI | Frontend development
AJAX | fs | Asynchronous JavaScript and XML, Ajax Framework | Frontend development
Frontend frameworks | fs | front-end frameworks, JavaScript frameworks, JS frameworks, SPA frameworks, JavaScript framework, single-page applications, single page applications, SPA, SPAs | Frontend development
React | fs | React.js, ReactJS, React JS, Reactjs, React 18, React Hooks, React.js development | Frontend frameworks
Redux | fs | Redux Toolkit, RTK, Redux-Saga, Zustand, MobX | React
Next.js | fs | NextJS, Next JS, Nextjs | React
Angular | fs | Angular 2+, Angular 14, Angular 16, Google Angular, Angular framework, Angular Material, RxJS | Frontend frameworks
AngularJS | fs | Angular.js, Angular JS, Angular 1 | Frontend frameworks
Vue.js | fs | Vue, VueJS, Vue JS, Vue 3, Vuex, Pinia | Frontend frameworks
Nuxt | fs | Nuxt.js, NuxtJS | Vue.js
Svelte | fs | SvelteKit, Svelte Kit | Frontend frameworks
Ember.js | fs | Ember, EmberJS | Frontend frameworks
Backbone.js | fs | Backbone, BackboneJS | Frontend frameworks
Knockout.js | fs | KnockoutJS | Frontend frameworks
Ext JS | fs | ExtJS, Sencha Ext JS, Sencha | Frontend frameworks
Accessibility | fs | web accessibility, a11y, WCAG, Section 508, WAI-ARIA, ARIA, accessibility standards, digital accessibility | Frontend development
Responsive design | fs | responsive web design, mobile-first design, RWD | Frontend development
Web performance | fs | Core Web Vitals, frontend performance, front-end performance, page speed optimization | Frontend development
Computer graphics | fs | OpenGL, Vulkan, DirectX, Microsoft DirectX, WebGL, shaders, GLSL, HLSL, Three.js, threejs | Software engineering
Mobile development | fs | mobile app development, mobile applications, mobile apps, mobile engineering, mobile application development | Software engineering
iOS development | fs | iOS, Apple iOS, iPhone development, iOS apps, iPadOS, UIKit, Xcode, iOS engineering | Mobile development
SwiftUI | fs | Swift UI | iOS development
Android development | fs | Android, Android SDK, Android Studio, Google Android, Jetpack Compose, Android apps, Android engineering | Mobile development
React Native | fs | ReactNative, Expo | Mobile development
Flutter | fs | Flutter SDK | Mobile development
Xamarin | fs | .NET MAUI, MAUI, Xamarin.Forms | Mobile development
Ionic | fs | Ionic Framework, Capacitor, Cordova, Apache Cordova, PhoneGap | Mobile development
Desktop applications | fs other | desktop development, desktop apps, WPF, Windows Forms, WinForms, GUI development, desktop application development | Software engineering
Electron | fs | Electron.js, ElectronJS | Desktop applications
Qt | fs | Qt Framework, QML, PyQt, Qt Creator | Desktop applications
Game development | fs other | game engines, game programming, gameplay programming, game dev | Software engineering
Unity | fs | Unity3D, Unity 3D, Unity engine | Game development
Unreal Engine | fs | Unreal, UE4, UE5 | Game development
AR/VR | fs other | augmented reality, virtual reality, VR, XR, extended reality, mixed reality, AR/VR development | Software engineering
Backend frameworks | fs | web frameworks, server-side frameworks, software frameworks | Backend development
Django | fs | Django REST Framework, DRF, Django framework | Backend frameworks
Flask | fs | Python Flask, Flask-RESTful | Backend frameworks
FastAPI | fs ai | Fast API | Backend frameworks
Express.js | fs | Express, ExpressJS, Express JS | Backend frameworks
NestJS | fs | Nest.js, Nest JS | Backend frameworks
Spring | fs | Spring Framework, Spring MVC, Spring Security, Spring Cloud, Java Spring | Backend frameworks
Spring Boot | fs | SpringBoot, Spring-Boot | Spring
Ruby on Rails | fs | Rails, RoR, Ruby-on-Rails, Ruby on Rails (RoR) | Backend frameworks
Laravel | fs | | Backend frameworks
Symfony | fs | | Backend frameworks
Phoenix Framework | fs | Phoenix LiveView | Backend frameworks
Quarkus | fs | | Backend frameworks
API design | fs plat | APIs, API development, API, API-first, API integration, API integrations, web APIs, API engineering, API design and development | Backend development
REST APIs | fs | REST, RESTful, RESTful APIs, RESTful API, RESTful services, REST services, RESTful web services, REST API | API design
GraphQL | fs | Graph QL, Apollo GraphQL, Apollo, Apollo Server, Hasura | API design
gRPC | fs plat | g RPC | API design
SOAP | fs other | SOAP web services, WSDL, SOAP APIs | API design
WebSockets | fs | WebSocket, Web Sockets, Socket.IO | API design
OpenAPI | fs | Swagger, OpenAPI Specification, Swagger UI | API design
Postman | fs | Postman collections | API design
Software architecture | fs plat | system design, systems design, software design, architecture design, clean architecture, hexagonal architecture, scalable systems design, software architecture models, define software architecture, system architecture | Software engineering
Design patterns | fs | GoF patterns, software design patterns, Gang of Four | Software architecture
Domain-driven design | fs | DDD, domain driven design | Software architecture
UML | fs | Unified Modeling Language, unified modelling language, UML diagrams | Software architecture
Object-oriented programming | fs | OOP, object oriented programming, object-oriented design, object oriented design, OOD, object-oriented modelling, OOAD, object-oriented analysis and design | Software engineering
Functional programming | fs | functional programming paradigms | Software engineering
Data structures and algorithms | fs ai | algorithms, data structures, DSA, algorithm design, DS&A | Software engineering
Concurrency | fs | multithreading, multi-threading, concurrent programming, parallel programming, asynchronous programming, async programming | Software engineering
Code review | fs | code reviews, peer code review | Software engineering
Software development lifecycle | fs other | SDLC, software development life cycle, systems development life-cycle, systems development life cycle | Software engineering
IDEs | fs | IDE, integrated development environment, integrated development environments, code editors | Software engineering
Visual Studio | fs | Microsoft Visual Studio, MS Visual Studio | IDEs
Visual Studio Code | fs | VS Code, VSCode | IDEs
Eclipse | fs | Eclipse IDE | IDEs
IntelliJ IDEA | fs | IntelliJ, JetBrains IntelliJ, IntelliJ IDE | IDEs
PyCharm | fs ai | JetBrains PyCharm | IDEs
Vim | fs | Neovim | IDEs
Emacs | fs | GNU Emacs, Emacs Lisp, Elisp | IDEs
Technical documentation | other fs | technical writing, documentation, API documentation, docs-as-code | Software engineering
Software testing | fs | testing, QA, quality assurance, test automation, automated testing, QA automation, software quality assurance, SQA, QA engineering | Software engineering
Unit testing | fs | unit tests, TDD, test-driven development, test driven development | Software testing
End-to-end testing | fs | E2E testing, e2e tests, end to end testing, E2E tests | Software testing
Cucumber | fs | Gherkin, BDD, behavior-driven development, behaviour-driven development, SpecFlow | Software testing
Testing frameworks | fs | test frameworks, testing libraries | Software testing
JUnit | fs | JUnit 5, TestNG, Mockito | Testing frameworks
pytest | fs | PyTest, py.test | Testing frameworks
Jest | fs | | Testing frameworks
Mocha | fs | Mocha.js, Chai | Testing frameworks
Jasmine | fs | Jasmine.js, Karma | Testing frameworks
Vitest | fs | | Testing frameworks
React Testing Library | fs | Testing Library | Testing frameworks
Cypress | fs | Cypress.io | End-to-end testing
Playwright | fs | Microsoft Playwright | End-to-end testing
Selenium | fs | Selenium WebDriver, WebDriver, Selenium Grid, Selenium IDE | End-to-end testing
Puppeteer | fs | | End-to-end testing
Appium | fs | | End-to-end testing
SoapUI | fs | Soap UI, ReadyAPI | Software testing
SonarQube | fs sec | SonarCloud, Sonar, SonarLint, static code analysis, code quality analysis | Software testing
Build tools | fs plat | build systems, build automation | Software engineering
Maven | fs | Apache Maven, mvn | Build tools
Gradle | fs | Gradle Kotlin DSL | Build tools
Apache Ant | fs | Ant | Build tools
Bazel | fs plat | | Build tools
Make | fs | GNU Make, Makefile, Makefiles | Build tools
CMake | fs | | Build tools
MSBuild | fs | | Build tools
npm | fs | npm scripts, Yarn, pnpm, package managers | Build tools
Webpack | fs | Webpack 5 | Build tools
Vite | fs | Vite.js, ViteJS | Build tools
esbuild | fs | | Build tools
Rollup | fs | Rollup.js | Build tools
Babel | fs | Babel.js | Build tools
Storybook | fs | | Frontend development
Content management systems | fs other | CMS, content management system, headless CMS, Contentful, Strapi | Web development
WordPress | fs other | Wordpress, WordPress development | Content management systems
Drupal | fs | | Content management systems
Joomla | fs | | Content management systems
Sitecore | fs | | Content management systems
Adobe Experience Manager | fs | AEM, Adobe AEM | Content management systems
E-commerce | fs other | ecommerce, e-commerce platforms, e-commerce systems, Magento, WooCommerce, BigCommerce | Web development
Shopify | fs other | Shopify Liquid, Shopify Plus | E-commerce
`;
