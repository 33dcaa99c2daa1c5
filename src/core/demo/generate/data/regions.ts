// Name pools and places by world region, written for the demo. Each region has name groups
// (a language or country), so a person's first and last names and home city belong together.
// Names are space-separated; an underscore joins a two-word name ("Van_der_Merwe").

export type RegionId =
  | 'west_africa' | 'east_africa' | 'southern_africa' | 'south_asia' | 'east_asia' | 'southeast_asia'
  | 'europe_west' | 'europe_east' | 'latin_america' | 'mena' | 'north_america';

export interface City {
  city: string;
  /** State / region, when people write one (US, Canada, India, Brazil). */
  region?: string;
  country: string;
  weight: number;
}

export interface NameGroup {
  first: string[];
  last: string[];
  cities: City[];
  /** Webmail domains people there use besides the global ones. */
  mail: string[];
  weight: number;
}

export interface Region {
  id: RegionId;
  label: string;
  groups: NameGroup[];
}

const words = (s: string) => s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' '));
/** "Lagos:8;Abuja:3" or with a state: "Austin:4:TX". */
const cities = (country: string, list: string): City[] =>
  list.split(';').map((c) => {
    const [name, weight, region] = c.split(':').map((x) => x.trim());
    return { city: name!, country, weight: Number(weight), ...(region ? { region } : {}) };
  });
const g = (weight: number, first: string, last: string, where: City[], mail = ''): NameGroup => ({ weight, first: words(first), last: words(last), cities: where, mail: mail ? mail.split(' ') : [] });

export const REGIONS: Region[] = [
  {
    id: 'west_africa',
    label: 'West Africa',
    groups: [
      g(6, 'Adaeze Chinedu Ngozi Emeka Oluwaseun Funmilayo Tunde Yetunde Ifeoma Obinna Chiamaka Babajide Temitope Nnamdi Zainab Folake Uchenna Damilola Kehinde Bisola Segun Tobi Ebuka Amarachi', 'Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Okoro Chukwu Bello Abubakar Danjuma Akande Afolabi Nwachukwu Adekunle Oyelaran Olatunji Obi Onyeka Ibekwe Adewale', [...cities('Nigeria', 'Lagos:8;Abuja:3;Ibadan:1;Port Harcourt:1')], 'yahoo.com'),
      g(3, 'Kwame Ama Kofi Akosua Yaw Efua Abena Kwabena Adjoa Kojo Esi Kwaku Afua Nana Yaa Kwesi', 'Mensah Asante Owusu Boateng Osei Appiah Agyeman Darko Quaye Tetteh Sarpong Amoah Ofori Antwi Frimpong Addo', cities('Ghana', 'Accra:4;Kumasi:1')),
      g(2, 'Fatou Moussa Aminata Ousmane Mariama Ibrahima Aissatou Abdoulaye Cheikh Awa Mamadou Khady Modou Ndeye', 'Diallo Ndiaye Sow Ba Fall Diop Traoré Koné Coulibaly Ouédraogo Gueye Faye Sarr Cissé Camara', [...cities('Senegal', 'Dakar:2'), ...cities("Côte d'Ivoire", 'Abidjan:1')]),
    ],
  },
  {
    id: 'east_africa',
    label: 'East Africa',
    groups: [
      g(5, 'Wanjiru Kamau Achieng Otieno Njeri Mwangi Wambui Kiprono Chebet Akinyi Ochieng Mercy Brian Faith Dennis Peris Cheruiyot Wairimu Kibet Nyambura Evans Purity', 'Mwangi Otieno Kamau Wanjiku Njoroge Omondi Kiplagat Mutua Kariuki Odhiambo Wafula Chege Ndungu Kipkemboi Onyango Kimani Maina Ruto Korir Owino', cities('Kenya', 'Nairobi:8;Mombasa:1;Kisumu:1')),
      g(2, 'Abebe Selam Dawit Hiwot Tesfaye Meron Yonas Liya Biniam Tigist Henok Bethlehem Samuel Mahlet', 'Gebremedhin Tadesse Bekele Haile Alemu Girma Mekonnen Assefa Kebede Wolde Negash Desta', cities('Ethiopia', 'Addis Ababa:3')),
      g(2, 'Nakato Mugisha Aisha Juma Neema Baraka Rehema Imani Zawadi Amani Tumaini Esther Joseph Grace', 'Nakamya Ssempala Kato Okello Byaruhanga Mushi Massawe Mollel Msuya Kiwanuka Namukasa Lwanga', [...cities('Uganda', 'Kampala:2'), ...cities('Tanzania', 'Dar es Salaam:2')]),
      g(1, 'Eric Claudine Jean_Paul Aline Olivier Divine Patrick Clarisse', 'Uwimana Habimana Niyonzima Mukamana Ndayisaba Nshimiyimana Uwase', cities('Rwanda', 'Kigali:2')),
    ],
  },
  {
    id: 'southern_africa',
    label: 'Southern Africa',
    groups: [
      g(5, 'Thabo Lerato Sipho Nomvula Bongani Zanele Kagiso Palesa Themba Nandi Lwazi Ayanda Mpho Karabo Tshepo Naledi Sibusiso Thandeka Lindiwe Musa Refilwe Kabelo', 'Nkosi Dlamini Ndlovu Khumalo Mokoena Mahlangu Zulu Mthembu Sithole Molefe Mabaso Masilela Radebe Shabalala Tshabalala Modise Maseko', cities('South Africa', 'Johannesburg:6;Cape Town:4;Durban:2;Pretoria:2')),
      g(2, 'Pieter Annelie Johan Riaan Liesl Ruan Marike Hendrik Elna Francois', 'Van_der_Merwe Botha Pretorius Du_Plessis Nel Venter Coetzee Steyn Fourie Joubert', cities('South Africa', 'Cape Town:4;Pretoria:2;Stellenbosch:1')),
      g(1, 'Kavitha Pravin Nisha Deshen Rivash Shalini', 'Naidoo Pillay Govender Moodley Reddy Chetty', cities('South Africa', 'Durban:3;Johannesburg:1')),
      g(2, 'Tatenda Rumbidzai Farai Chipo Kudzai Tendai Nyasha Tafadzwa Mulenga Chanda Onalenne Kagiso', 'Moyo Ncube Chikwanha Mutasa Banda Phiri Mwale Tembo Chanda Sibanda Mupfumira Kgosi', [...cities('Zimbabwe', 'Harare:2'), ...cities('Zambia', 'Lusaka:1'), ...cities('Botswana', 'Gaborone:1')]),
    ],
  },
  {
    id: 'south_asia',
    label: 'South Asia',
    groups: [
      g(10, 'Aarav Priya Rohan Ananya Vikram Kavya Arjun Sneha Rahul Divya Aditya Pooja Karthik Lakshmi Siddharth Meera Nikhil Shreya Rajesh Deepika Sanjay Anjali Venkat Harini Prakash Gayatri Abhishek Nandini Varun Ritika Manoj Swati Ravi Sunita', 'Sharma Patel Iyer Reddy Nair Gupta Singh Kumar Rao Menon Krishnan Desai Joshi Mehta Chatterjee Banerjee Mukherjee Das Bose Pillai Subramanian Venkatesan Agarwal Kapoor Malhotra Bhat Kulkarni Shetty Verma Saxena Naidu Hegde Pandey', cities('India', 'Bengaluru:10:Karnataka;Hyderabad:6:Telangana;Pune:4:Maharashtra;Mumbai:3:Maharashtra;Chennai:3:Tamil Nadu;Gurugram:3:Haryana;Noida:2:Uttar Pradesh;Kochi:1:Kerala'), 'yahoo.co.in rediffmail.com'),
      g(3, 'Imran Ayesha Farhan Sana Bilal Hira Usman Maryam Hamza Zara Ali Mahnoor Saad Amna', 'Khan Siddiqui Qureshi Butt Malik Chaudhry Sheikh Mirza Raza Hashmi Abbasi Ansari', cities('Pakistan', 'Lahore:2;Karachi:2;Islamabad:1')),
      g(2, 'Tanvir Nusrat Rafiq Fatima Sabina Arif Farzana Shakil Taslima Rakib', 'Chowdhury Hossain Rahman Ahmed Islam Alam Uddin Karim Sarker', cities('Bangladesh', 'Dhaka:2')),
      g(1, 'Nuwan Dilani Chamara Ishara Kasun Tharindu Sachini Ruwan', 'Perera Fernando Jayasuriya Wickramasinghe Silva Bandara Gunawardena', cities('Sri Lanka', 'Colombo:1')),
      g(1, 'Suman Sabina Bikash Anisha Prabin Sujata Rojan Srijana', 'Shrestha Thapa Gurung Rai Karki Maharjan Adhikari', cities('Nepal', 'Kathmandu:1')),
    ],
  },
  {
    id: 'east_asia',
    label: 'East Asia',
    groups: [
      g(5, 'Wei Jing Hao Xin Yu Ming Lei Fang Jun Na Xiaoming Yan Chen Zhiwei Mei Yifan Ruoxi Zihan Jiayi Haoran', 'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo', [...cities('China', 'Shanghai:3;Beijing:3;Shenzhen:3;Hangzhou:2'), ...cities('Hong Kong', 'Hong Kong:1')], 'qq.com 163.com'),
      g(3, 'Haruto Yui Sota Aoi Ren Hina Yuto Sakura Kenji Naoko Takeshi Yuki Daiki Misaki', 'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Matsumoto', cities('Japan', 'Tokyo:5;Osaka:1;Fukuoka:1'), 'yahoo.co.jp'),
      g(3, 'Ji-woo Min-jun Seo-yeon Ji-hoon Soo-ah Hyun-woo Eun-ji Dong-hyun Ye-jin Seung-min Ha-eun Jae-won', 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin', cities('South Korea', 'Seoul:5;Pangyo:1'), 'naver.com'),
      g(2, 'Chia-hao Yi-ting Kuan-yu Hsin-yi Tsung-han Shu-fen Po-wei Ya-ting Chih-ming', 'Tsai Hsu Cheng Lai Chang Lin Huang Wu Chen', cities('Taiwan', 'Taipei:3;Hsinchu:1')),
    ],
  },
  {
    id: 'southeast_asia',
    label: 'Southeast Asia',
    groups: [
      g(3, 'Minh Linh Trang Quang Huong Duc Thao Tuan Mai Khanh Anh Phuong Long Hieu', 'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong', cities('Vietnam', 'Ho Chi Minh City:4;Hanoi:3;Da Nang:1')),
      g(3, 'Maria_Clara Jose Angelica Mark Kristine Paolo Jasmine Carlo Bea Miguel Patricia Joshua Camille', 'Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Villanueva Dela_Cruz Aquino Ramos Navarro', cities('Philippines', 'Manila:3;Cebu:1;Taguig:2')),
      g(3, 'Budi Siti Agus Dewi Rizky Putri Andi Ayu Fajar Intan Yoga Nadia', 'Santoso Wijaya Hidayat Saputra Pratama Kusuma Setiawan Siregar Suryadi Nugroho Halim', cities('Indonesia', 'Jakarta:4;Bandung:1;Surabaya:1')),
      g(2, 'Somchai Siriporn Nattapong Kanya Arun Pim Thanawat Ploy Kittipong Suda', 'Chaiyaporn Srisuk Wongsawat Rattanakorn Saetang Boonmee Phromma Kittisak', cities('Thailand', 'Bangkok:3')),
      g(3, 'Wei_Ling Jun_Jie Hui_Min Farid Nurul Hafiz Aiman Siew_Mei Kok_Wai Aisyah', 'Tan Lim Ng Goh Teo Ibrahim Abdullah Rahim Ismail Chua Ong', [...cities('Malaysia', 'Kuala Lumpur:3;Penang:1'), ...cities('Singapore', 'Singapore:5')]),
    ],
  },
  {
    id: 'europe_west',
    label: 'Western and Northern Europe',
    groups: [
      g(4, 'Lukas Hannah Felix Lea Jonas Sophie Maximilian Lena Paul Marie Leon Johanna Niklas Katharina', 'Müller Schmidt Schneider Fischer Weber Becker Hoffmann Wagner Schäfer Koch Richter Wolf Neumann', [...cities('Germany', 'Berlin:6;Munich:4;Hamburg:2;Frankfurt:1'), ...cities('Switzerland', 'Zurich:1'), ...cities('Austria', 'Vienna:1')], 'gmx.de web.de'),
      g(3, 'Camille Louis Chloé Hugo Manon Théo Léa Antoine Juliette Mathieu Élodie', 'Dubois Martin Bernard Lefèvre Moreau Laurent Girard Roux Fontaine Mercier', cities('France', 'Paris:5;Lyon:1'), 'orange.fr'),
      g(2, 'Giulia Lorenzo Francesca Matteo Chiara Alessandro Sara Davide Elena Marco', 'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco', cities('Italy', 'Milan:2;Rome:1;Turin:1'), 'libero.it'),
      g(3, 'Lucía Pablo Carmen Javier Inés Álvaro Marta Sergio João Beatriz Tiago Sofia Rui', 'García Fernández López Martínez Sánchez Pérez Gómez Ruiz Silva Santos Ferreira Costa Oliveira', [...cities('Spain', 'Madrid:2;Barcelona:3'), ...cities('Portugal', 'Lisbon:2;Porto:1')]),
      g(2, 'Daan Emma Sem Anouk Lars Fleur Bram Sanne Ruben', 'De_Vries Jansen Van_Dijk Bakker Visser Smit Meijer De_Boer Mulder', cities('Netherlands', 'Amsterdam:4;Rotterdam:1;Utrecht:1')),
      g(2, 'Sven Ingrid Erik Astrid Nils Freya Oskar Maja Emil Sigrid Mikko Aino', 'Johansson Andersson Nilsson Larsen Hansen Eriksson Lindqvist Virtanen Korhonen Berg Jensen', [...cities('Sweden', 'Stockholm:2'), ...cities('Denmark', 'Copenhagen:1'), ...cities('Finland', 'Helsinki:1'), ...cities('Norway', 'Oslo:1')]),
      g(4, 'Oliver Amelia Harry Isla George Olivia Jack Emily Charlie Grace Siobhán Cian Aoife Niamh Ciarán Saoirse', 'Smith Jones Taylor Brown Williams Evans Wilson Thomas Murphy Kelly O’Sullivan Byrne Walsh Clarke Hughes', [...cities('United Kingdom', 'London:8;Manchester:2;Edinburgh:1;Cambridge:1;Bristol:1'), ...cities('Ireland', 'Dublin:3')]),
    ],
  },
  {
    id: 'europe_east',
    label: 'Central and Eastern Europe',
    groups: [
      g(4, 'Jakub Zuzanna Tomasz Agnieszka Łukasz Katarzyna Piotr Magdalena Michał Aleksandra Kamil Joanna', 'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski', cities('Poland', 'Warsaw:5;Kraków:3;Wrocław:2;Gdańsk:1'), 'wp.pl'),
      g(2, 'Andrei Ioana Mihai Elena Bogdan Alexandra Radu Andreea Cristian', 'Popescu Ionescu Popa Dumitru Stan Stoica Munteanu Constantin', cities('Romania', 'Bucharest:3;Cluj-Napoca:2')),
      g(3, 'Oleksandr Olena Dmytro Iryna Andriy Yulia Taras Kateryna Serhiy Oksana', 'Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Marchenko Lysenko', cities('Ukraine', 'Kyiv:3;Lviv:2'), 'ukr.net'),
      g(2, 'Petr Tereza Martin Lucie Jan Eliška Gábor Eszter Bence Réka', 'Novák Svoboda Dvořák Černý Procházka Nagy Kovács Tóth Szabó Horváth', [...cities('Czechia', 'Prague:3;Brno:1'), ...cities('Hungary', 'Budapest:2')], 'seznam.cz'),
      g(2, 'Nikola Milica Stefan Ana Luka Marija Ivan Petra Marko Jelena', 'Petrović Jovanović Nikolić Marković Horvat Kovačević Babić Kralj Ilić', [...cities('Serbia', 'Belgrade:2'), ...cities('Croatia', 'Zagreb:1')]),
    ],
  },
  {
    id: 'latin_america',
    label: 'Latin America',
    groups: [
      g(5, 'Lucas Júlia Gabriel Larissa Rafael Beatriz Thiago Letícia Matheus Ana_Luiza Pedro Juliana Bruno Carolina Felipe Mariana', 'Silva Souza Oliveira Lima Pereira Costa Carvalho Almeida Ribeiro Alves Barbosa Rocha Nascimento Araújo Cardoso Mendes', cities('Brazil', 'São Paulo:8:SP;Rio de Janeiro:2:RJ;Belo Horizonte:1:MG;Florianópolis:1:SC;Recife:1:PE'), 'uol.com.br'),
      g(6, 'Sofía Mateo Valentina Santiago Camila Sebastián Isabella Diego Mariana Nicolás Gabriela Alejandro Daniela Fernanda Rodrigo Andrés Paula Emiliano Ximena Joaquín Renata Ignacio Florencia Cristian', 'González Rodríguez Hernández López Martínez Pérez Gómez Sánchez Ramírez Torres Flores Rivera Díaz Morales Castillo Ortiz Vargas Castro Rojas Gutiérrez Muñoz Herrera', [...cities('Mexico', 'Mexico City:4;Guadalajara:2;Monterrey:2'), ...cities('Argentina', 'Buenos Aires:4;Córdoba:1'), ...cities('Colombia', 'Bogotá:3;Medellín:2'), ...cities('Chile', 'Santiago:2'), ...cities('Peru', 'Lima:1'), ...cities('Uruguay', 'Montevideo:1'), ...cities('Costa Rica', 'San José:1')], 'hotmail.com yahoo.com.mx'),
    ],
  },
  {
    id: 'mena',
    label: 'Middle East and North Africa',
    groups: [
      g(6, 'Omar Layla Ahmed Nour Youssef Mariam Khaled Yasmin Hassan Salma Karim Rania Tarek Dina Mahmoud Hana Samir Rana Mohamed Sara Fadi Lina Ziad Jana Rachid Imane', 'Hassan Ali Mahmoud Ibrahim Abdelrahman El-Sayed Mansour Haddad Khoury Nasser Farouk Saleh Aziz Benali El_Amrani Bennani Alaoui Tazi Al-Mansouri Al-Hashimi Qasim', [...cities('Egypt', 'Cairo:4;Alexandria:1'), ...cities('United Arab Emirates', 'Dubai:4;Abu Dhabi:1'), ...cities('Jordan', 'Amman:2'), ...cities('Morocco', 'Casablanca:2;Rabat:1'), ...cities('Saudi Arabia', 'Riyadh:2'), ...cities('Lebanon', 'Beirut:1'), ...cities('Tunisia', 'Tunis:1')], 'hotmail.com'),
      g(3, 'Mehmet Elif Emre Zeynep Burak Ayşe Can Selin Deniz Ece Mert', 'Yılmaz Kaya Demir Şahin Çelik Aydın Öztürk Arslan Doğan Koç', cities('Turkey', 'Istanbul:4;Ankara:1;Izmir:1')),
      g(2, 'Noa Yonatan Tamar Itai Maya Eitan Shira Omer Yael Amit', 'Cohen Levi Mizrahi Friedman Shapiro Peretz Biton Katz Avraham', cities('Israel', 'Tel Aviv:4;Haifa:1')),
      g(1, 'Reza Shirin Dariush Parisa Arash Niloufar Kian Leila', 'Rahimi Hosseini Karimi Ahmadi Moradi Tehrani Jafari', cities('United Arab Emirates', 'Dubai:2')),
    ],
  },
  {
    id: 'north_america',
    label: 'North America',
    groups: [
      g(10, 'James Mary Michael Jennifer David Sarah Christopher Jessica Matthew Ashley Andrew Emily Joshua Lauren Ryan Megan Tyler Rachel Brandon Nicole Kevin Amanda Jamal Keisha DeShawn Imani Marcus Aaliyah Connor Madison Liam Chloe Ethan Avery Noah Olivia Logan Hailey Owen Brooke', 'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor Moore Jackson White Harris Thompson Martin Robinson Clark Lewis Walker Hall Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker', cities('United States', 'Seattle:6:WA;San Francisco:6:CA;New York:6:NY;Austin:4:TX;Boston:3:MA;Chicago:2:IL;Denver:2:CO;Atlanta:2:GA;Los Angeles:2:CA;Raleigh:1:NC;Portland:1:OR;Pittsburgh:1:PA;San Jose:2:CA'), 'icloud.com'),
      g(2, 'Liam Emma Noah Olivia William Charlotte Benjamin Ava Lucas Mia Félix Léa Gabriel Zoé', 'Tremblay Gagnon Roy Côté Bouchard Gauthier MacDonald Wilson Campbell Stewart Fraser Lavoie', cities('Canada', 'Toronto:4:ON;Vancouver:3:BC;Montréal:2:QC;Waterloo:1:ON;Ottawa:1:ON')),
    ],
  },
];

export const REGION_BY_ID = new Map(REGIONS.map((r) => [r.id, r]));

/** The region whose name pools hold both names (for checking the demo's spread), or null. */
export function regionOfName(first: string, last: string): RegionId | null {
  for (const r of REGIONS) for (const grp of r.groups) if (grp.first.includes(first) && grp.last.includes(last)) return r.id;
  return null;
}

/** Country calling codes for the countries the pools use; phones follow where people live. */
export const DIAL: Record<string, string> = {
  Nigeria: '+234', Ghana: '+233', Senegal: '+221', "Côte d'Ivoire": '+225', Kenya: '+254', Ethiopia: '+251', Uganda: '+256', Tanzania: '+255', Rwanda: '+250',
  'South Africa': '+27', Zimbabwe: '+263', Zambia: '+260', Botswana: '+267', India: '+91', Pakistan: '+92', Bangladesh: '+880', 'Sri Lanka': '+94', Nepal: '+977',
  China: '+86', Japan: '+81', 'South Korea': '+82', Taiwan: '+886', 'Hong Kong': '+852', Vietnam: '+84', Philippines: '+63', Indonesia: '+62', Thailand: '+66',
  Malaysia: '+60', Singapore: '+65', Germany: '+49', France: '+33', Netherlands: '+31', 'United Kingdom': '+44', Ireland: '+353', Spain: '+34', Portugal: '+351',
  Italy: '+39', Sweden: '+46', Denmark: '+45', Finland: '+358', Norway: '+47', Switzerland: '+41', Austria: '+43', Poland: '+48', Romania: '+40', Ukraine: '+380',
  Czechia: '+420', Hungary: '+36', Serbia: '+381', Croatia: '+385', Brazil: '+55', Mexico: '+52', Argentina: '+54', Colombia: '+57', Chile: '+56', Peru: '+51',
  Uruguay: '+598', 'Costa Rica': '+506', Egypt: '+20', 'United Arab Emirates': '+971', Turkey: '+90', Israel: '+972', Jordan: '+962', Morocco: '+212',
  'Saudi Arabia': '+966', Lebanon: '+961', Tunisia: '+216', 'United States': '+1', Canada: '+1',
};
