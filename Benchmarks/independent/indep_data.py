"""Static tables for the independent population generator (gen.py).

Everything here is hand-written from general knowledge: city/time-zone tables,
ISP autonomous systems per country (verified against libloc at start-up by
gen.py), name pools, e-mail domains, phone-number shapes, texts.
"""

# --------------------------------------------------------------------------
# Countries: cities (city, region, IANA zone, [area codes] | None, postal hint)
# --------------------------------------------------------------------------
CITIES = {
    "US": [
        ("New York", "NY", "America/New_York", [212, 646, 917, 718, 347, 332], "100"),
        ("Brooklyn", "NY", "America/New_York", [718, 347, 929], "112"),
        ("Boston", "MA", "America/New_York", [617, 857], "021"),
        ("Philadelphia", "PA", "America/New_York", [215, 267, 445], "191"),
        ("Pittsburgh", "PA", "America/New_York", [412, 878], "152"),
        ("Washington", "DC", "America/New_York", [202, 771], "200"),
        ("Baltimore", "MD", "America/New_York", [410, 443, 667], "212"),
        ("Arlington", "VA", "America/New_York", [703, 571], "222"),
        ("Richmond", "VA", "America/New_York", [804], "232"),
        ("Atlanta", "GA", "America/New_York", [404, 470, 678, 770], "303"),
        ("Miami", "FL", "America/New_York", [305, 786], "331"),
        ("Orlando", "FL", "America/New_York", [407, 321, 689], "328"),
        ("Tampa", "FL", "America/New_York", [813, 656], "336"),
        ("Jacksonville", "FL", "America/New_York", [904], "322"),
        ("Charlotte", "NC", "America/New_York", [704, 980], "282"),
        ("Raleigh", "NC", "America/New_York", [919, 984], "276"),
        ("Columbus", "OH", "America/New_York", [614, 380], "432"),
        ("Cleveland", "OH", "America/New_York", [216], "441"),
        ("Detroit", "MI", "America/Detroit", [313], "482"),
        ("Indianapolis", "IN", "America/Indiana/Indianapolis", [317, 463], "462"),
        ("Nashville", "TN", "America/Chicago", [615, 629], "372"),
        ("Chicago", "IL", "America/Chicago", [312, 773, 872], "606"),
        ("Minneapolis", "MN", "America/Chicago", [612], "554"),
        ("St. Louis", "MO", "America/Chicago", [314, 557], "631"),
        ("Kansas City", "MO", "America/Chicago", [816], "641"),
        ("Dallas", "TX", "America/Chicago", [214, 469, 972, 945], "752"),
        ("Houston", "TX", "America/Chicago", [713, 281, 832, 346], "770"),
        ("Austin", "TX", "America/Chicago", [512, 737], "787"),
        ("San Antonio", "TX", "America/Chicago", [210, 726], "782"),
        ("Denver", "CO", "America/Denver", [303, 720, 983], "802"),
        ("Salt Lake City", "UT", "America/Denver", [801, 385], "841"),
        ("Albuquerque", "NM", "America/Denver", [505], "871"),
        ("Boise", "ID", "America/Boise", [208, 986], "837"),
        ("Phoenix", "AZ", "America/Phoenix", [602, 480, 623], "850"),
        ("Scottsdale", "AZ", "America/Phoenix", [480], "852"),
        ("Las Vegas", "NV", "America/Los_Angeles", [702, 725], "891"),
        ("Los Angeles", "CA", "America/Los_Angeles", [213, 310, 323, 424, 818], "900"),
        ("San Diego", "CA", "America/Los_Angeles", [619, 858], "921"),
        ("San Francisco", "CA", "America/Los_Angeles", [415, 628], "941"),
        ("San Jose", "CA", "America/Los_Angeles", [408, 669], "951"),
        ("Sacramento", "CA", "America/Los_Angeles", [916, 279], "958"),
        ("Seattle", "WA", "America/Los_Angeles", [206, 564], "981"),
        ("Portland", "OR", "America/Los_Angeles", [503, 971], "972"),
        ("Honolulu", "HI", "Pacific/Honolulu", [808], "968"),
        ("Anchorage", "AK", "America/Anchorage", [907], "995"),
    ],
    "CA": [
        ("Toronto", "ON", "America/Toronto", [416, 647, 437], "M"),
        ("Ottawa", "ON", "America/Toronto", [613, 343], "K"),
        ("Mississauga", "ON", "America/Toronto", [905, 289], "L"),
        ("Montreal", "QC", "America/Toronto", [514, 438], "H"),
        ("Vancouver", "BC", "America/Vancouver", [604, 778, 236], "V"),
        ("Calgary", "AB", "America/Edmonton", [403, 587, 825], "T"),
        ("Edmonton", "AB", "America/Edmonton", [780, 587], "T"),
        ("Winnipeg", "MB", "America/Winnipeg", [204, 431], "R"),
        ("Halifax", "NS", "America/Halifax", [902, 782], "B"),
    ],
    "GB": [
        ("London", "England", "Europe/London", None, "SE"),
        ("London", "England", "Europe/London", None, "N"),
        ("Manchester", "England", "Europe/London", None, "M"),
        ("Birmingham", "England", "Europe/London", None, "B"),
        ("Leeds", "England", "Europe/London", None, "LS"),
        ("Bristol", "England", "Europe/London", None, "BS"),
        ("Edinburgh", "Scotland", "Europe/London", None, "EH"),
        ("Glasgow", "Scotland", "Europe/London", None, "G"),
        ("Cardiff", "Wales", "Europe/London", None, "CF"),
    ],
    "DE": [
        ("Berlin", "Berlin", "Europe/Berlin", None, "10"),
        ("Munich", "Bavaria", "Europe/Berlin", None, "80"),
        ("Hamburg", "Hamburg", "Europe/Berlin", None, "20"),
        ("Cologne", "North Rhine-Westphalia", "Europe/Berlin", None, "50"),
        ("Frankfurt am Main", "Hesse", "Europe/Berlin", None, "60"),
        ("Stuttgart", "Baden-Württemberg", "Europe/Berlin", None, "70"),
        ("Leipzig", "Saxony", "Europe/Berlin", None, "04"),
    ],
    "FR": [
        ("Paris", "Île-de-France", "Europe/Paris", None, "75"),
        ("Lyon", "Auvergne-Rhône-Alpes", "Europe/Paris", None, "69"),
        ("Marseille", "Provence-Alpes-Côte d'Azur", "Europe/Paris", None, "13"),
        ("Toulouse", "Occitanie", "Europe/Paris", None, "31"),
        ("Nantes", "Pays de la Loire", "Europe/Paris", None, "44"),
        ("Lille", "Hauts-de-France", "Europe/Paris", None, "59"),
    ],
    "NL": [
        ("Amsterdam", "North Holland", "Europe/Amsterdam", None, "10"),
        ("Rotterdam", "South Holland", "Europe/Amsterdam", None, "30"),
        ("Utrecht", "Utrecht", "Europe/Amsterdam", None, "35"),
        ("Eindhoven", "North Brabant", "Europe/Amsterdam", None, "56"),
    ],
    "PL": [
        ("Warsaw", "Masovian", "Europe/Warsaw", None, "0"),
        ("Kraków", "Lesser Poland", "Europe/Warsaw", None, "3"),
        ("Wrocław", "Lower Silesian", "Europe/Warsaw", None, "5"),
        ("Gdańsk", "Pomeranian", "Europe/Warsaw", None, "8"),
        ("Poznań", "Greater Poland", "Europe/Warsaw", None, "6"),
    ],
    "UA": [
        ("Kyiv", "Kyiv", "Europe/Kyiv", None, "0"),
        ("Lviv", "Lviv Oblast", "Europe/Kyiv", None, "79"),
        ("Kharkiv", "Kharkiv Oblast", "Europe/Kyiv", None, "61"),
        ("Dnipro", "Dnipropetrovsk Oblast", "Europe/Kyiv", None, "49"),
        ("Odesa", "Odesa Oblast", "Europe/Kyiv", None, "65"),
    ],
    "RU": [
        ("Moscow", "Moscow", "Europe/Moscow", None, "1"),
        ("Saint Petersburg", "Saint Petersburg", "Europe/Moscow", None, "19"),
        ("Kazan", "Tatarstan", "Europe/Moscow", None, "42"),
        ("Novosibirsk", "Novosibirsk Oblast", "Asia/Novosibirsk", None, "63"),
        ("Yekaterinburg", "Sverdlovsk Oblast", "Asia/Yekaterinburg", None, "62"),
        ("Vladivostok", "Primorsky Krai", "Asia/Vladivostok", None, "69"),
    ],
    "CN": [
        ("Beijing", "Beijing", "Asia/Shanghai", None, "10"),
        ("Shanghai", "Shanghai", "Asia/Shanghai", None, "20"),
        ("Shenzhen", "Guangdong", "Asia/Shanghai", None, "51"),
        ("Guangzhou", "Guangdong", "Asia/Shanghai", None, "51"),
        ("Hangzhou", "Zhejiang", "Asia/Shanghai", None, "31"),
        ("Chengdu", "Sichuan", "Asia/Shanghai", None, "61"),
        ("Shenyang", "Liaoning", "Asia/Shanghai", None, "11"),
        ("Dalian", "Liaoning", "Asia/Shanghai", None, "11"),
        ("Dandong", "Liaoning", "Asia/Shanghai", None, "11"),
        ("Wuhan", "Hubei", "Asia/Shanghai", None, "43"),
    ],
    "JP": [
        ("Tokyo", "Tokyo", "Asia/Tokyo", None, "1"),
        ("Osaka", "Osaka", "Asia/Tokyo", None, "5"),
        ("Yokohama", "Kanagawa", "Asia/Tokyo", None, "2"),
        ("Fukuoka", "Fukuoka", "Asia/Tokyo", None, "8"),
        ("Sapporo", "Hokkaido", "Asia/Tokyo", None, "0"),
        ("Nagoya", "Aichi", "Asia/Tokyo", None, "4"),
    ],
    "KR": [
        ("Seoul", "Seoul", "Asia/Seoul", None, "0"),
        ("Busan", "Busan", "Asia/Seoul", None, "4"),
        ("Incheon", "Incheon", "Asia/Seoul", None, "2"),
        ("Daejeon", "Daejeon", "Asia/Seoul", None, "3"),
        ("Seongnam", "Gyeonggi", "Asia/Seoul", None, "1"),
    ],
    "IN": [
        ("Bengaluru", "Karnataka", "Asia/Kolkata", None, "56"),
        ("Hyderabad", "Telangana", "Asia/Kolkata", None, "50"),
        ("Pune", "Maharashtra", "Asia/Kolkata", None, "41"),
        ("Mumbai", "Maharashtra", "Asia/Kolkata", None, "40"),
        ("Chennai", "Tamil Nadu", "Asia/Kolkata", None, "60"),
        ("New Delhi", "Delhi", "Asia/Kolkata", None, "11"),
        ("Noida", "Uttar Pradesh", "Asia/Kolkata", None, "20"),
        ("Kolkata", "West Bengal", "Asia/Kolkata", None, "70"),
        ("Ahmedabad", "Gujarat", "Asia/Kolkata", None, "38"),
        ("Jaipur", "Rajasthan", "Asia/Kolkata", None, "30"),
        ("Kochi", "Kerala", "Asia/Kolkata", None, "68"),
    ],
    "PK": [
        ("Lahore", "Punjab", "Asia/Karachi", None, "54"),
        ("Karachi", "Sindh", "Asia/Karachi", None, "75"),
        ("Islamabad", "Islamabad Capital Territory", "Asia/Karachi", None, "44"),
        ("Rawalpindi", "Punjab", "Asia/Karachi", None, "46"),
        ("Faisalabad", "Punjab", "Asia/Karachi", None, "38"),
    ],
    "BD": [
        ("Dhaka", "Dhaka", "Asia/Dhaka", None, "12"),
        ("Chittagong", "Chittagong", "Asia/Dhaka", None, "40"),
        ("Sylhet", "Sylhet", "Asia/Dhaka", None, "31"),
    ],
    "PH": [
        ("Manila", "Metro Manila", "Asia/Manila", None, "10"),
        ("Quezon City", "Metro Manila", "Asia/Manila", None, "11"),
        ("Makati", "Metro Manila", "Asia/Manila", None, "12"),
        ("Cebu City", "Central Visayas", "Asia/Manila", None, "60"),
        ("Davao City", "Davao Region", "Asia/Manila", None, "80"),
    ],
    "VN": [
        ("Hanoi", "Hanoi", "Asia/Ho_Chi_Minh", None, "10"),
        ("Ho Chi Minh City", "Ho Chi Minh City", "Asia/Ho_Chi_Minh", None, "70"),
        ("Da Nang", "Da Nang", "Asia/Ho_Chi_Minh", None, "55"),
    ],
    "ID": [
        ("Jakarta", "Jakarta", "Asia/Jakarta", None, "10"),
        ("Bandung", "West Java", "Asia/Jakarta", None, "40"),
        ("Surabaya", "East Java", "Asia/Jakarta", None, "60"),
        ("Yogyakarta", "Yogyakarta", "Asia/Jakarta", None, "55"),
        ("Denpasar", "Bali", "Asia/Makassar", None, "80"),
    ],
    "TH": [
        ("Bangkok", "Bangkok", "Asia/Bangkok", None, "10"),
        ("Chiang Mai", "Chiang Mai", "Asia/Bangkok", None, "50"),
        ("Phuket", "Phuket", "Asia/Bangkok", None, "83"),
    ],
    "MY": [
        ("Kuala Lumpur", "Kuala Lumpur", "Asia/Kuala_Lumpur", None, "50"),
        ("George Town", "Penang", "Asia/Kuala_Lumpur", None, "10"),
        ("Johor Bahru", "Johor", "Asia/Kuala_Lumpur", None, "80"),
    ],
    "BR": [
        ("São Paulo", "SP", "America/Sao_Paulo", [11], "01"),
        ("Rio de Janeiro", "RJ", "America/Sao_Paulo", [21], "20"),
        ("Belo Horizonte", "MG", "America/Sao_Paulo", [31], "30"),
        ("Curitiba", "PR", "America/Sao_Paulo", [41], "80"),
        ("Porto Alegre", "RS", "America/Sao_Paulo", [51], "90"),
        ("Florianópolis", "SC", "America/Sao_Paulo", [48], "88"),
        ("Recife", "PE", "America/Recife", [81], "50"),
    ],
    "AR": [
        ("Buenos Aires", "CABA", "America/Argentina/Buenos_Aires", [11], "C"),
        ("Córdoba", "Córdoba", "America/Argentina/Cordoba", [351], "X"),
        ("Rosario", "Santa Fe", "America/Argentina/Cordoba", [341], "S"),
        ("Mendoza", "Mendoza", "America/Argentina/Mendoza", [261], "M"),
    ],
    "MX": [
        ("Mexico City", "CDMX", "America/Mexico_City", [55], "0"),
        ("Guadalajara", "Jalisco", "America/Mexico_City", [33], "44"),
        ("Monterrey", "Nuevo León", "America/Monterrey", [81], "64"),
        ("Tijuana", "Baja California", "America/Tijuana", [664], "22"),
        ("Mérida", "Yucatán", "America/Merida", [999], "97"),
    ],
    "CO": [
        ("Bogotá", "Bogotá D.C.", "America/Bogota", None, "11"),
        ("Medellín", "Antioquia", "America/Bogota", None, "05"),
        ("Cali", "Valle del Cauca", "America/Bogota", None, "76"),
    ],
    "NG": [
        ("Lagos", "Lagos", "Africa/Lagos", None, "10"),
        ("Abuja", "FCT", "Africa/Lagos", None, "90"),
        ("Ibadan", "Oyo", "Africa/Lagos", None, "20"),
        ("Port Harcourt", "Rivers", "Africa/Lagos", None, "50"),
    ],
    "KE": [
        ("Nairobi", "Nairobi County", "Africa/Nairobi", None, "00"),
        ("Mombasa", "Mombasa County", "Africa/Nairobi", None, "80"),
    ],
    "EG": [
        ("Cairo", "Cairo", "Africa/Cairo", None, "11"),
        ("Giza", "Giza", "Africa/Cairo", None, "12"),
        ("Alexandria", "Alexandria", "Africa/Cairo", None, "21"),
    ],
    "TR": [
        ("Istanbul", "Istanbul", "Europe/Istanbul", None, "34"),
        ("Ankara", "Ankara", "Europe/Istanbul", None, "06"),
        ("Izmir", "Izmir", "Europe/Istanbul", None, "35"),
    ],
    "IT": [
        ("Rome", "Lazio", "Europe/Rome", None, "00"),
        ("Milan", "Lombardy", "Europe/Rome", None, "20"),
        ("Turin", "Piedmont", "Europe/Rome", None, "10"),
        ("Bologna", "Emilia-Romagna", "Europe/Rome", None, "40"),
        ("Naples", "Campania", "Europe/Rome", None, "80"),
    ],
    "ES": [
        ("Madrid", "Community of Madrid", "Europe/Madrid", None, "28"),
        ("Barcelona", "Catalonia", "Europe/Madrid", None, "08"),
        ("Valencia", "Valencian Community", "Europe/Madrid", None, "46"),
        ("Seville", "Andalusia", "Europe/Madrid", None, "41"),
        ("Málaga", "Andalusia", "Europe/Madrid", None, "29"),
    ],
    "PT": [
        ("Lisbon", "Lisbon", "Europe/Lisbon", None, "1"),
        ("Porto", "Porto", "Europe/Lisbon", None, "4"),
    ],
    "RO": [
        ("Bucharest", "Bucharest", "Europe/Bucharest", None, "0"),
        ("Cluj-Napoca", "Cluj", "Europe/Bucharest", None, "40"),
        ("Iași", "Iași", "Europe/Bucharest", None, "70"),
        ("Timișoara", "Timiș", "Europe/Bucharest", None, "30"),
    ],
    "RS": [
        ("Belgrade", "Belgrade", "Europe/Belgrade", None, "11"),
        ("Novi Sad", "Vojvodina", "Europe/Belgrade", None, "21"),
    ],
    "GE": [
        ("Tbilisi", "Tbilisi", "Asia/Tbilisi", None, "01"),
        ("Batumi", "Adjara", "Asia/Tbilisi", None, "60"),
    ],
    "AM": [("Yerevan", "Yerevan", "Asia/Yerevan", None, "00")],
    "KZ": [
        ("Almaty", "Almaty", "Asia/Almaty", None, "05"),
        ("Astana", "Astana", "Asia/Almaty", None, "01"),
    ],
    "AU": [
        ("Sydney", "NSW", "Australia/Sydney", None, "20"),
        ("Melbourne", "VIC", "Australia/Melbourne", None, "30"),
        ("Brisbane", "QLD", "Australia/Brisbane", None, "40"),
        ("Perth", "WA", "Australia/Perth", None, "60"),
    ],
    "SG": [("Singapore", "Singapore", "Asia/Singapore", None, "")],
    "HK": [("Hong Kong", "Hong Kong", "Asia/Hong_Kong", None, "")],
    "SE": [
        ("Stockholm", "Stockholm", "Europe/Stockholm", None, "11"),
        ("Gothenburg", "Västra Götaland", "Europe/Stockholm", None, "41"),
        ("Malmö", "Skåne", "Europe/Stockholm", None, "21"),
    ],
    "AE": [("Dubai", "Dubai", "Asia/Dubai", None, ""), ("Abu Dhabi", "Abu Dhabi", "Asia/Dubai", None, "")],
    "LA": [("Vientiane", "Vientiane Prefecture", "Asia/Vientiane", None, "01")],
    "KP": [("Pyongyang", "Pyongyang", "Asia/Pyongyang", None, "")],
}

COUNTRY_NAMES = {
    "US": "United States", "CA": "Canada", "GB": "United Kingdom", "DE": "Germany", "FR": "France",
    "NL": "Netherlands", "PL": "Poland", "UA": "Ukraine", "RU": "Russia", "CN": "China", "JP": "Japan",
    "KR": "South Korea", "IN": "India", "PK": "Pakistan", "BD": "Bangladesh", "PH": "Philippines",
    "VN": "Vietnam", "ID": "Indonesia", "TH": "Thailand", "MY": "Malaysia", "BR": "Brazil",
    "AR": "Argentina", "MX": "Mexico", "CO": "Colombia", "NG": "Nigeria", "KE": "Kenya", "EG": "Egypt",
    "TR": "Turkey", "IT": "Italy", "ES": "Spain", "PT": "Portugal", "RO": "Romania", "RS": "Serbia",
    "GE": "Georgia", "AM": "Armenia", "KZ": "Kazakhstan", "AU": "Australia", "SG": "Singapore",
    "HK": "Hong Kong", "SE": "Sweden", "AE": "United Arab Emirates", "LA": "Laos", "KP": "North Korea",
}

CURRENCY = {
    "US": "USD", "CA": "CAD", "GB": "GBP", "DE": "EUR", "FR": "EUR", "NL": "EUR", "PL": "PLN",
    "UA": "UAH", "RU": "RUB", "CN": "CNY", "JP": "JPY", "KR": "KRW", "IN": "INR", "PK": "PKR",
    "BD": "BDT", "PH": "PHP", "VN": "VND", "ID": "IDR", "TH": "THB", "MY": "MYR", "BR": "BRL",
    "AR": "ARS", "MX": "MXN", "CO": "COP", "NG": "NGN", "KE": "KES", "EG": "EGP", "TR": "TRY",
    "IT": "EUR", "ES": "EUR", "PT": "EUR", "RO": "RON", "RS": "RSD", "GE": "GEL", "AM": "AMD",
    "KZ": "KZT", "AU": "AUD", "SG": "SGD", "HK": "HKD", "SE": "SEK", "AE": "AED", "LA": "LAK",
}
# approximate USD value of one unit (early 2025)
FX = {
    "USD": 1.0, "CAD": 0.70, "GBP": 1.26, "EUR": 1.05, "PLN": 0.25, "UAH": 0.024, "RUB": 0.011,
    "CNY": 0.137, "JPY": 0.0066, "KRW": 0.00069, "INR": 0.0115, "PKR": 0.0036, "BDT": 0.0082,
    "PHP": 0.0172, "VND": 0.000039, "IDR": 0.000061, "THB": 0.0295, "MYR": 0.225, "BRL": 0.172,
    "ARS": 0.00094, "MXN": 0.049, "COP": 0.00024, "NGN": 0.00066, "KES": 0.0077, "EGP": 0.0198,
    "TRY": 0.0275, "RON": 0.21, "RSD": 0.0089, "GEL": 0.355, "AMD": 0.0025, "KZT": 0.0020,
    "AUD": 0.63, "SGD": 0.74, "HKD": 0.128, "SEK": 0.092, "AED": 0.272, "LAK": 0.000046,
}

# --------------------------------------------------------------------------
# Networks: ASNs per country (residential fixed-line, mobile), verified by
# gen.py with `location` (country and AS must match, otherwise dropped).
# --------------------------------------------------------------------------
RES_ASNS = {
    "US": [(7922, 28), (20115, 20), (7018, 16), (701, 11), (22773, 6), (209, 7), (5650, 5), (6128, 5)],
    "CA": [(812, 30), (577, 30), (6327, 15), (852, 15), (5769, 10)],
    "GB": [(2856, 40), (5089, 25), (5607, 20), (13285, 15)],
    "DE": [(3320, 50), (3209, 25), (6805, 15), (8881, 10)],
    "FR": [(3215, 40), (12322, 25), (15557, 20), (5410, 15)],
    "NL": [(1136, 50), (33915, 50)],
    "PL": [(5617, 50), (12741, 25), (6830, 25)],
    "UA": [(15895, 35), (6849, 25), (39608, 20), (25229, 20)],
    "RU": [(12389, 40), (8359, 20), (3216, 20), (9049, 20)],
    "CN": [(4134, 55), (4837, 45)],
    "JP": [(4713, 40), (2516, 30), (17676, 30)],
    "KR": [(4766, 45), (9318, 30), (3786, 25)],
    "IN": [(55836, 30), (24560, 30), (9829, 15), (24309, 25)],
    "PK": [(17557, 70), (23674, 30)],
    "BD": [(17494, 30), (23688, 40), (24389, 30)],
    "PH": [(9299, 45), (4775, 35), (17639, 20)],
    "VN": [(7552, 40), (45899, 35), (18403, 25)],
    "ID": [(7713, 65), (4761, 35)],
    "TH": [(7470, 50), (45758, 50)],
    "MY": [(4788, 60), (9534, 40)],
    "BR": [(28573, 40), (18881, 35), (7738, 25)],
    "AR": [(7303, 60), (22927, 40)],
    "MX": [(8151, 100)],
    "CO": [(10620, 60), (3816, 40)],
    "NG": [(29465, 40), (36873, 30), (37148, 30)],
    "KE": [(33771, 60), (15399, 40)],
    "EG": [(8452, 60), (24863, 20), (24835, 20)],
    "TR": [(9121, 60), (34984, 40)],
    "IT": [(3269, 45), (12874, 20), (30722, 15), (1267, 20)],
    "ES": [(3352, 50), (12479, 25), (12430, 25)],
    "PT": [(3243, 50), (2860, 50)],
    "RO": [(8708, 70), (9050, 30)],
    "RS": [(8400, 60), (31042, 40)],
    "GE": [(16010, 30), (35805, 40), (20771, 30)],
    "AM": [(44395, 100)],
    "KZ": [(9198, 100)],
    "AU": [(1221, 45), (4804, 25), (7545, 30)],
    "SG": [(9506, 40), (4657, 35), (17547, 25)],
    "HK": [(9269, 50), (4760, 50)],
    "SE": [(3301, 50), (8473, 20), (39651, 30)],
    "AE": [(5384, 60), (15802, 40)],
    "LA": [(9873, 50), (131267, 50)],
}
MOB_ASNS = {
    "US": [(21928, 40), (6167, 35), (20057, 25)],
    "CA": [(812, 50), (577, 30), (852, 20)],
    "GB": [(12576, 60), (25135, 40)],
    "DE": [(3320, 50), (6805, 50)],
    "FR": [(5410, 50), (15557, 50)],
    "IN": [(55836, 50), (45609, 35), (38266, 15)],
    "PK": [(45669, 60), (59257, 40)],
    "BD": [(24389, 100)],
    "PH": [(4775, 60), (10139, 40)],
    "NG": [(29465, 50), (36873, 30), (37148, 20)],
    "KE": [(33771, 100)],
    "ID": [(23693, 100)],
    "TR": [(16135, 100)],
    "RU": [(8359, 40), (31133, 35), (3216, 25)],
    "CN": [(9808, 50), (56040, 50)],
    "JP": [(17676, 50), (2516, 50)],
    "KR": [(9644, 60), (4766, 40)],
    "EG": [(36935, 50), (24835, 50)],
    "BR": [(26615, 50), (28573, 50)],
    "MX": [(28403, 100)],
    "AU": [(1221, 60), (4804, 40)],
    "UA": [(15895, 100)],
    "VN": [(7552, 100)],
}
# addresses that some mobile carriers hand out over IPv6 (dual stack)
V6_ASNS = [7922, 21928, 6167, 20057, 3320, 55836, 7018, 20115]

HOSTING_ASNS = [14061, 16276, 24940, 63949, 20473, 51167, 60781, 16509, 14618, 396982, 8075,
                45102, 132203, 62240, 8100, 40676, 46562, 35916]
VPN_ASNS = [9009, 60068, 212238, 136787, 209854, 39351, 207137, 208172]
RELAY_ASNS = [36183, 13335]           # iCloud Private Relay egress (Akamai), Cloudflare WARP
UNI_ASNS = {"US": [3, 32, 25, 52, 36375, 38], "GB": [786], "DE": [680], "CN": [4538],
            "CA": [239], "NL": [1103], "JP": [2907], "KR": [1237]}
BIZ_ASNS = {"US": [174, 6461, 7922, 20115], "_": [174]}
KP_NET = "175.45.176.0/22"

# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------
def _s(x):
    return x.split()

NAMES = {
    "us": (_s("James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew "
              "Anthony Mark Steven Andrew Joshua Kevin Brian Ryan Jason Justin Brandon Tyler Eric Jacob "
              "Nathan Aaron Kyle Adam Zachary Ethan Logan Dylan Austin Jordan Connor Sean Marcus Derek "
              "Travis Cody Jeremy Scott Gregory Patrick Caleb Cameron Noah"),
           _s("Mary Jennifer Linda Elizabeth Jessica Sarah Karen Lisa Nancy Ashley Emily Michelle Amanda "
              "Melissa Stephanie Rebecca Laura Megan Rachel Lauren Hannah Samantha Olivia Emma Madison "
              "Abigail Chloe Natalie Brittany Kayla Courtney Heather Amber Danielle Vanessa Allison"),
           _s("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin "
              "Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill "
              "Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans "
              "Edwards Collins Stewart Morris Murphy Cook Rogers Reed Cooper Bailey Bell Howard Ward Cox "
              "Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster "
              "Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons Patterson Reynolds "
              "Hamilton Graham Wallace Cole West Hayes Bryant Griffin Ellis Stone Hunt Palmer Meyer Hansen "
              "Schmidt Olson Larson Carlson Weaver Burke Hoffman Schultz")),
    "us_hisp": (_s("Carlos Luis Jose Juan Miguel Alejandro Diego Gabriel Adrian Javier Daniel Eduardo"),
                _s("Maria Sofia Isabella Camila Valeria Daniela Gabriela Ana Lucia Elena Andrea"),
                _s("Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores "
                   "Rivera Gomez Diaz Reyes Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza "
                   "Castillo Vasquez")),
    "us_asian": (_s("Kevin Daniel David Michael Andrew Jason Eric Brian Justin Steven Vincent Alex Tony"),
                 _s("Jennifer Michelle Grace Christine Amy Jessica Emily Vivian Angela Tiffany Irene"),
                 _s("Kim Lee Park Choi Chen Wang Liu Nguyen Tran Le Pham Huang Lin Wu Zhang Patel Shah "
                    "Chang Yang Cho Jung Kang Yoon Han")),
    "us_afam": (_s("Jamal Darnell Andre Terrell Malik DeShawn Marcus Darius Isaiah Xavier Jalen"),
                _s("Keisha Tamika Aaliyah Imani Jasmine Ebony Ayanna Kiara Destiny Nia"),
                _s("Washington Jefferson Jackson Robinson Harris Johnson Williams Brown Banks Freeman "
                   "Mosley Booker Dixon")),
    "gb": (_s("Oliver Harry Jack George Charlie Thomas James William Daniel Samuel Joseph Alfie Callum "
              "Liam Ben Matthew Luke Adam Ryan Owen Rhys Connor"),
           _s("Olivia Amelia Isla Emily Sophie Jessica Charlotte Grace Lucy Hannah Chloe Ella Holly Megan "
              "Katie Laura Rebecca Eleanor Freya"),
           _s("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker "
              "White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Hill Cooper Ward Morris "
              "Harrison Patel Khan Ahmed Murray Campbell Stewart Anderson MacDonald Reid Lloyd Price")),
    "ca_fr": (_s("Jean Marc Luc Philippe Mathieu Alexandre Étienne Olivier Samuel Guillaume"),
              _s("Julie Isabelle Geneviève Catherine Émilie Marie-Ève Sophie Camille Audrey"),
              _s("Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Pelletier Bélanger")),
    "de": (_s("Lukas Leon Finn Jonas Paul Felix Maximilian Tim Jan Niklas Tobias Florian Sebastian Stefan "
              "Michael Thomas Andreas Moritz Philipp"),
           _s("Anna Lena Lea Laura Julia Sarah Lisa Katharina Hannah Marie Sophie Johanna Nina Jana Franziska"),
           _s("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
              "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange "
              "Werner Krause Lehmann Köhler Yılmaz Kaya")),
    "fr": (_s("Lucas Hugo Louis Gabriel Arthur Jules Nathan Théo Maxime Antoine Nicolas Julien Thomas Pierre"),
           _s("Emma Louise Chloé Camille Léa Manon Inès Sarah Julie Marie Pauline Claire Mathilde"),
           _s("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
              "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Mercier Bonnet Lambert")),
    "nl": (_s("Daan Sem Lucas Levi Thijs Jesse Bram Ruben Tim Lars Niels Joris Pieter Jeroen"),
           _s("Emma Julia Sophie Anna Lotte Fleur Sanne Eva Lisa Femke Anouk"),
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
            "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
            "van Leeuwen", "Dekker"]),
    "pl": (_s("Jakub Kacper Szymon Mateusz Bartosz Michał Piotr Tomasz Paweł Krzysztof Marcin Łukasz Kamil"),
           _s("Anna Katarzyna Magdalena Agnieszka Natalia Aleksandra Zuzanna Julia Monika Karolina"),
           _s("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
              "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk")),
    "ua": (_s("Oleksandr Dmytro Andrii Serhii Maksym Volodymyr Ivan Yurii Oleh Taras Bohdan Artem Vitalii"),
           _s("Olena Oksana Iryna Nataliia Tetiana Kateryna Yuliia Anastasiia Daria Sofiia Viktoriia"),
           _s("Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Melnyk Boiko Oliinyk Koval Shevchuk "
              "Polishchuk Lysenko Marchenko Savchenko Rudenko Moroz Petrenko Kuzmenko Pavlenko Hnatiuk")),
    "ru": (_s("Alexander Dmitry Sergey Andrey Alexey Maxim Ivan Mikhail Nikolai Artem Pavel Roman Denis "
              "Vladimir Egor Kirill Anton"),
           _s("Anna Maria Elena Olga Tatiana Natalia Ekaterina Irina Anastasia Yulia Svetlana Daria Polina"),
           _s("Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov "
              "Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov")),
    "cn": (_s("Wei Jie Hao Yang Lei Tao Jun Ming Qiang Yong Chao Peng Bo Haoran Yiming Zihao Junjie Yuxuan"),
           _s("Jing Li Na Fang Min Yan Ting Xiaoyu Xinyi Yutong Mengqi Jiahui Shuang Lu Qian"),
           _s("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng "
              "Liang Xie Song Tang")),
    "jp": (_s("Hiroshi Takashi Kenji Yuki Daisuke Kazuki Shota Ryo Takumi Sho Naoki Kenta Yusuke Haruto "
              "Sota Akira Koji Makoto Tatsuya"),
           _s("Yuko Akiko Naomi Yui Aoi Haruka Sakura Misaki Ayaka Mai Nanami Rina Emi Keiko Miho"),
           _s("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
              "Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Saito Mori Ikeda Hashimoto "
              "Ishikawa Ogawa Fujita Okada")),
    "kr": (_s("Min-jun Seo-jun Ji-hoon Hyun-woo Jae-won Dong-hyun Sung-min Jun-ho Tae-yang Woo-jin "
              "Joon-young Sang-hoon Kyung-soo Young-ho"),
           _s("Seo-yeon Ji-woo Min-ji Soo-ah Ha-eun Ye-jin Eun-ji Hye-jin Yu-na Ji-eun Da-eun So-yeon"),
           _s("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong")),
    "in": (_s("Rahul Amit Rohit Vikram Arjun Karthik Sandeep Suresh Rajesh Anil Pradeep Nikhil Abhishek "
              "Saurabh Manish Deepak Akash Harsh Siddharth Aditya Varun Pranav Sai Venkat"),
           _s("Priya Neha Pooja Anjali Divya Sneha Kavya Shreya Ritu Aishwarya Swati Nisha Meera Lakshmi Ananya"),
           _s("Sharma Verma Gupta Singh Kumar Patel Shah Reddy Rao Nair Iyer Menon Pillai Joshi Mehta Agarwal "
              "Jain Mishra Pandey Chauhan Yadav Das Banerjee Chatterjee Mukherjee Naidu Krishnan Bhat "
              "Kulkarni Desai")),
    "pk": (_s("Muhammad Ahmed Ali Hassan Hamza Usman Bilal Umar Zain Faisal Imran Kashif Asad Saad Waqas "
              "Adeel Fahad Shahid Tariq"),
           _s("Ayesha Fatima Sana Hina Maryam Zainab Amna Sara Iqra Mahnoor Rabia"),
           _s("Khan Ahmed Ali Hussain Malik Butt Sheikh Qureshi Chaudhry Raza Iqbal Akhtar Mirza Abbasi "
              "Siddiqui Baig Javed Aslam Rana Awan")),
    "bd": (_s("Mohammad Rahim Karim Hasan Tanvir Rakib Sabbir Arif Imran Shakil Mahmud Rashed Nahid Fahim Sakib"),
           _s("Nusrat Fatema Sharmin Tasnim Farzana Sumaiya Jannatul Ayesha"),
           _s("Rahman Hossain Islam Ahmed Uddin Khan Chowdhury Alam Miah Sarker Das Haque Roy Talukder "
              "Bhuiyan Karim")),
    "ph": (_s("John Mark Paolo Carlo Miguel Jerome Christian Joshua Angelo Rafael Jose Kevin Ramon Noel Jayson"),
           _s("Maria Kristine Angelica Princess Joy Mary Jasmine Camille Patricia Rochelle Mae Lovely"),
           ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas",
            "Andrada", "Castillo", "Flores", "Villanueva", "Ramos", "Castro", "Rivera", "Aquino", "Navarro",
            "Salazar", "Mercado", "Dela Cruz", "Gonzales", "Fernandez", "Domingo", "Pascual"]),
    "vn": (_s("Minh Duc Hung Tuan Nam Huy Quang Long Khoa Thanh Phuc Bao"),
           _s("Anh Phuong Linh Trang Huong Lan Mai Ngoc Thao Hoa Vy"),
           _s("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly")),
    "id": (_s("Budi Agus Andi Dedi Rizky Fajar Dimas Arif Hendra Eko Yoga Bayu Aditya Reza Wahyu"),
           _s("Siti Dewi Putri Ayu Rina Fitri Indah Sri Ratna Nur Wulan Lestari"),
           _s("Santoso Wijaya Saputra Hidayat Pratama Kurniawan Setiawan Nugroho Susanto Gunawan Hakim "
              "Siregar Lubis Simanjuntak Sihombing")),
    "th": (_s("Somchai Anan Niran Prasert Kittisak Wichai Chaiwat Thanakorn Nattapong Pongsakorn"),
           _s("Siriporn Nattaya Ploy Kanokwan Suda Pimchanok Ratchanee Wanida"),
           _s("Saetang Srisuk Wongsawat Chaiyaporn Rattanakorn Boonmee Kongkaew Phromma Sukhum Thongdee")),
    "my": (_s("Ahmad Muhammad Hafiz Faiz Amir Syafiq Wei Jun Ravi Kumar Daniel"),
           _s("Nur Aisyah Siti Farah Nurul Mei Ling Priya Hui Min"),
           _s("Abdullah Ismail Rahman Hassan Ibrahim Tan Lim Lee Wong Ng Chong Raj")),
    "br": (_s("João Pedro Lucas Gabriel Matheus Rafael Gustavo Felipe Bruno Rodrigo Thiago André Leonardo "
              "Vinícius Eduardo"),
           _s("Ana Maria Juliana Fernanda Camila Larissa Beatriz Gabriela Letícia Mariana Amanda Carolina"),
           _s("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins "
              "Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Araújo")),
    "es": (_s("Juan Carlos Luis José Javier Miguel Alejandro Diego Fernando Martín Santiago Matías Nicolás "
              "Sebastián Andrés Pablo Jorge Ricardo"),
           _s("María Ana Lucía Sofía Valentina Camila Martina Paula Laura Carmen Daniela Florencia Gabriela "
              "Andrea Natalia"),
           _s("García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
              "Hernández Díaz Moreno Álvarez Romero Torres Ramírez Flores Castro Vargas Morales Herrera "
              "Medina Suárez")),
    "ng": (_s("Chinedu Emeka Oluwaseun Tunde Ibrahim Musa Chukwuemeka Adebayo Femi Kelechi Obinna Uche "
              "Segun Yusuf Ifeanyi Babatunde"),
           _s("Ngozi Chioma Funmilayo Aisha Blessing Adaeze Yetunde Amaka Temitope Zainab Folake"),
           _s("Okafor Okonkwo Adeyemi Ogunleye Eze Nwosu Bello Abubakar Adebayo Olawale Ibrahim Chukwu Obi "
              "Balogun Oladipo Akinola Nwachukwu Uzor Ogundipe Lawal")),
    "ke": (_s("Brian Kevin Dennis Collins Victor Felix Peter James Joseph Samuel Daniel"),
           _s("Faith Mercy Grace Esther Joy Sharon Cynthia Winnie"),
           _s("Otieno Odhiambo Ochieng Kamau Mwangi Njoroge Kariuki Wanjiru Kiprono Mutua Onyango Wafula "
              "Cheruiyot Maina Kimani Omondi")),
    "eg": (_s("Mohamed Ahmed Mahmoud Mostafa Omar Youssef Karim Amr Khaled Tarek Hossam Islam Hany Sherif"),
           _s("Nour Mariam Sara Yasmin Aya Salma Menna Heba Dina Rana"),
           _s("Hassan Ibrahim Mahmoud Abdelrahman Mostafa Salah Farouk Nabil Fathy Saad Kamal Adel Hamdy "
              "Gamal El-Sayed")),
    "tr": (_s("Mehmet Mustafa Ahmet Ali Emre Burak Can Murat Hakan Serkan Oğuz Kaan Onur Yusuf"),
           _s("Ayşe Fatma Elif Zeynep Merve Büşra Ece Selin Deniz Esra"),
           _s("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
              "Çetin Kurt Koç")),
    "it": (_s("Marco Luca Giuseppe Francesco Alessandro Andrea Matteo Lorenzo Davide Stefano Simone "
              "Riccardo Federico Giovanni"),
           _s("Giulia Francesca Chiara Sara Martina Valentina Alessia Elena Federica Silvia Anna"),
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
            "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
            "Lombardi", "Moretti"]),
    "pt": (_s("João Pedro Tiago Rui Miguel Diogo André Ricardo Nuno"),
           _s("Ana Inês Beatriz Mariana Joana Sofia Catarina Rita"),
           _s("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves "
              "Gomes Lopes Marques Almeida")),
    "ro": (_s("Andrei Alexandru Mihai Ionuț Adrian Cristian Florin Bogdan Răzvan Vlad Radu"),
           _s("Ioana Maria Elena Andreea Alexandra Cristina Mihaela Raluca Diana"),
           _s("Popescu Ionescu Popa Stan Dumitru Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin "
              "Marin Tudor Florea")),
    "rs": (_s("Nikola Marko Stefan Luka Milan Nemanja Aleksandar Dušan Miloš Vladimir"),
           _s("Jelena Milica Ana Marija Jovana Ivana Tamara Katarina"),
           _s("Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević "
              "Popović Savić")),
    "ge": (_s("Giorgi Davit Levan Nikoloz Irakli Luka Zurab Lasha"),
           _s("Nino Mariam Ana Tamar Salome Natia"),
           _s("Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Nozadze")),
    "am": (_s("Aram Davit Armen Tigran Hayk Narek Gor Vahe"),
           _s("Anahit Ani Lilit Mariam Nare Gayane"),
           _s("Grigoryan Sargsyan Harutyunyan Hovhannisyan Petrosyan Khachatryan Avetisyan Karapetyan "
              "Gevorgyan Mkrtchyan")),
    "kz": (_s("Nursultan Daniyar Yerlan Aibek Arman Timur Azamat Bauyrzhan Sergey Dmitry"),
           _s("Aigerim Dana Madina Aruzhan Saule Gulnara Anna"),
           _s("Nurlanov Zhaksybekov Akhmetov Omarov Serikbayev Abenov Iskakov Kim Ivanov Tulegenov")),
    "se": (_s("Erik Lars Anders Johan Karl Oscar William Lucas Filip Gustav"),
           _s("Anna Maria Emma Sara Elin Ida Linnea Hanna Maja"),
           _s("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
              "Pettersson Lindberg Lindqvist Berg")),
    "sg": (_s("Wei Jun Hao Ethan Marcus Kelvin Ravi Darren Jonathan Ryan"),
           _s("Ling Hui Min Rachel Charmaine Jasmine Siti Cheryl Valerie"),
           _s("Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Nair Rahman")),
    "hk": (_s("Kelvin Raymond Wing Ka-chun Ho-man Cheuk-hin Alvin Terence"),
           _s("Natalie Winnie Cecilia Karen Michelle Ka-yan Wing-sze"),
           _s("Chan Wong Leung Cheung Lau Li Ho Ng Lam Chow Tsang Fung")),
    "la": (_s("Somphone Khamla Souksavanh Bounmy Vilay Phet Keo"),
           _s("Noy Manivone Phonesavanh Chanthaly"),
           _s("Phommachanh Vongsa Sisavath Keomany Inthavong Souvannavong Phanthavong")),
}
# culture mix per country
NAME_CULTURE = {
    "US": [("us", 62), ("us_hisp", 14), ("us_asian", 12), ("us_afam", 8), ("in", 4)],
    "CA": [("us", 45), ("gb", 15), ("ca_fr", 18), ("us_asian", 12), ("in", 10)],
    "GB": [("gb", 85), ("in", 8), ("pk", 7)],
    "AU": [("gb", 70), ("us", 10), ("us_asian", 12), ("vn", 8)],
    "DE": [("de", 90), ("tr", 10)], "FR": [("fr", 100)], "NL": [("nl", 100)], "PL": [("pl", 100)],
    "UA": [("ua", 100)], "RU": [("ru", 100)], "CN": [("cn", 100)], "JP": [("jp", 100)], "KR": [("kr", 100)],
    "IN": [("in", 100)], "PK": [("pk", 100)], "BD": [("bd", 100)], "PH": [("ph", 100)], "VN": [("vn", 100)],
    "ID": [("id", 100)], "TH": [("th", 100)], "MY": [("my", 100)], "BR": [("br", 100)], "AR": [("es", 100)],
    "MX": [("es", 100)], "CO": [("es", 100)], "ES": [("es", 100)], "NG": [("ng", 100)], "KE": [("ke", 100)],
    "EG": [("eg", 100)], "TR": [("tr", 100)], "IT": [("it", 100)], "PT": [("pt", 100)], "RO": [("ro", 100)],
    "RS": [("rs", 100)], "GE": [("ge", 100)], "AM": [("am", 100)], "KZ": [("kz", 70), ("ru", 30)],
    "SE": [("se", 100)], "SG": [("sg", 100)], "HK": [("hk", 100)], "AE": [("in", 35), ("pk", 20), ("eg", 20), ("gb", 15), ("ph", 10)],
    "LA": [("la", 100)],
}
FEMALE_SURNAME = {"ru": lambda s: s + "a", "pl": lambda s: s[:-1] + "a" if s.endswith("ki") else s,
                  "kz": lambda s: s + "a" if s.endswith(("ov", "ev")) else s}

# --------------------------------------------------------------------------
# E-mail domains per country (weights)
# --------------------------------------------------------------------------
EMAIL_DOMAINS = {
    "_": [("gmail.com", 60), ("outlook.com", 12), ("yahoo.com", 8), ("hotmail.com", 6), ("icloud.com", 5),
          ("proton.me", 3)],
    "US": [("gmail.com", 62), ("outlook.com", 10), ("yahoo.com", 9), ("icloud.com", 8), ("hotmail.com", 4),
           ("aol.com", 2), ("proton.me", 2), ("comcast.net", 2)],
    "GB": [("gmail.com", 55), ("outlook.com", 12), ("hotmail.co.uk", 10), ("yahoo.co.uk", 6), ("icloud.com", 8),
           ("btinternet.com", 4)],
    "DE": [("gmail.com", 40), ("gmx.de", 20), ("web.de", 20), ("t-online.de", 8), ("outlook.de", 6),
           ("posteo.de", 3)],
    "FR": [("gmail.com", 50), ("orange.fr", 15), ("free.fr", 10), ("hotmail.fr", 12), ("yahoo.fr", 8)],
    "RU": [("gmail.com", 35), ("yandex.ru", 30), ("mail.ru", 28), ("rambler.ru", 3), ("proton.me", 4)],
    "UA": [("gmail.com", 75), ("ukr.net", 18), ("i.ua", 3), ("proton.me", 4)],
    "CN": [("qq.com", 40), ("163.com", 25), ("gmail.com", 20), ("126.com", 8), ("outlook.com", 7)],
    "KR": [("naver.com", 45), ("gmail.com", 35), ("daum.net", 12), ("kakao.com", 8)],
    "JP": [("gmail.com", 50), ("yahoo.co.jp", 25), ("icloud.com", 12), ("outlook.jp", 8), ("docomo.ne.jp", 5)],
    "IN": [("gmail.com", 82), ("yahoo.co.in", 6), ("outlook.com", 6), ("rediffmail.com", 4), ("hotmail.com", 2)],
    "IT": [("gmail.com", 55), ("libero.it", 15), ("hotmail.it", 12), ("yahoo.it", 8), ("virgilio.it", 5)],
    "PL": [("gmail.com", 55), ("wp.pl", 15), ("o2.pl", 12), ("onet.pl", 12), ("interia.pl", 6)],
    "BR": [("gmail.com", 75), ("hotmail.com", 12), ("outlook.com", 8), ("yahoo.com.br", 5)],
}

# --------------------------------------------------------------------------
# Schools and employers
# --------------------------------------------------------------------------
SCHOOLS = {
    "US": ["University of Texas at Austin", "Georgia Institute of Technology", "University of Michigan",
           "Purdue University", "Arizona State University", "Pennsylvania State University",
           "University of Washington", "University of Illinois Urbana-Champaign", "Ohio State University",
           "University of Florida", "Rutgers University", "University of California, San Diego",
           "Texas A&M University", "University of Central Florida", "Northeastern University",
           "Boston University", "University of Southern California", "Carnegie Mellon University",
           "Oregon State University", "University of Maryland", "San Jose State University",
           "Western Governors University", "Southern New Hampshire University", "DePaul University"],
    "CA": ["University of Toronto", "University of Waterloo", "McGill University", "University of British Columbia",
           "University of Alberta", "Concordia University", "Carleton University", "Toronto Metropolitan University"],
    "GB": ["University of Manchester", "University of Leeds", "University of Bristol", "University of Edinburgh",
           "King's College London", "University of Birmingham", "University College London",
           "University of Nottingham", "The Open University", "University of Glasgow"],
    "DE": ["Technische Universität München", "RWTH Aachen", "Karlsruher Institut für Technologie",
           "Technische Universität Berlin", "Universität Hamburg", "Hochschule München"],
    "FR": ["Université Paris-Saclay", "EPITA", "INSA Lyon", "Université de Lille", "École 42"],
    "NL": ["TU Delft", "University of Amsterdam", "Eindhoven University of Technology", "Utrecht University"],
    "PL": ["Politechnika Warszawska", "AGH University of Science and Technology", "Politechnika Wrocławska",
           "Uniwersytet Jagielloński"],
    "UA": ["Igor Sikorsky Kyiv Polytechnic Institute", "Lviv Polytechnic National University",
           "Taras Shevchenko National University of Kyiv", "Kharkiv National University of Radio Electronics"],
    "RU": ["Bauman Moscow State Technical University", "ITMO University", "Moscow State University",
           "Novosibirsk State University", "Higher School of Economics"],
    "CN": ["Tsinghua University", "Zhejiang University", "Shanghai Jiao Tong University", "Wuhan University",
           "Northeastern University (Shenyang)", "Dalian University of Technology", "Sichuan University"],
    "JP": ["University of Tokyo", "Osaka University", "Tokyo Institute of Technology", "Keio University",
           "Waseda University", "Kyushu University"],
    "KR": ["Seoul National University", "KAIST", "Yonsei University", "Korea University", "Hanyang University",
           "Sungkyunkwan University"],
    "IN": ["IIT Bombay", "IIT Madras", "NIT Trichy", "VIT University", "Anna University", "BITS Pilani",
           "Manipal Institute of Technology", "Delhi University", "Pune University", "JNTU Hyderabad"],
    "PK": ["FAST-NUCES", "LUMS", "COMSATS University Islamabad", "NUST", "University of the Punjab"],
    "BD": ["BUET", "University of Dhaka", "North South University", "BRAC University"],
    "PH": ["University of the Philippines Diliman", "Ateneo de Manila University", "De La Salle University",
           "Mapúa University", "University of San Carlos"],
    "VN": ["Hanoi University of Science and Technology", "Ho Chi Minh City University of Technology", "FPT University"],
    "ID": ["Institut Teknologi Bandung", "Universitas Indonesia", "Universitas Gadjah Mada", "Binus University"],
    "BR": ["Universidade de São Paulo", "UNICAMP", "UFMG", "UFRJ", "PUC-Rio"],
    "AR": ["Universidad de Buenos Aires", "Universidad Tecnológica Nacional", "Universidad Nacional de Córdoba"],
    "MX": ["UNAM", "Tecnológico de Monterrey", "Instituto Politécnico Nacional", "Universidad de Guadalajara"],
    "NG": ["University of Lagos", "Obafemi Awolowo University", "Covenant University", "University of Nigeria, Nsukka"],
    "KE": ["University of Nairobi", "Jomo Kenyatta University of Agriculture and Technology", "Strathmore University"],
    "EG": ["Cairo University", "Ain Shams University", "Alexandria University"],
    "TR": ["Middle East Technical University", "Boğaziçi University", "Istanbul Technical University"],
    "IT": ["Politecnico di Milano", "Sapienza Università di Roma", "Politecnico di Torino", "Università di Bologna"],
    "ES": ["Universidad Politécnica de Madrid", "Universitat Politècnica de Catalunya", "Universidad de Sevilla"],
    "AU": ["University of Sydney", "UNSW Sydney", "University of Melbourne", "Monash University", "RMIT University"],
    "SG": ["National University of Singapore", "Nanyang Technological University"],
    "SE": ["KTH Royal Institute of Technology", "Chalmers University of Technology", "Lund University"],
}
BIG_EMPLOYERS = [
    ("Amazon", "amazon.com", "US"), ("Microsoft", "microsoft.com", "US"), ("Google", "google.com", "US"),
    ("IBM", "ibm.com", "US"), ("Accenture", "accenture.com", "IE"), ("Deloitte", "deloitte.com", "US"),
    ("Capgemini", "capgemini.com", "FR"), ("EPAM Systems", "epam.com", "US"), ("Infosys", "infosys.com", "IN"),
    ("Tata Consultancy Services", "tcs.com", "IN"), ("Wipro", "wipro.com", "IN"), ("SoftServe", "softserveinc.com", "UA"),
    ("GlobalLogic", "globallogic.com", "US"), ("Luxoft", "luxoft.com", "CH"), ("Shopify", "shopify.com", "CA"),
    ("SAP", "sap.com", "DE"), ("Rakuten", "rakuten.com", "JP"), ("Naver", "navercorp.com", "KR"),
    ("Kakao", "kakaocorp.com", "KR"), ("Samsung SDS", "samsungsds.com", "KR"), ("NTT Data", "nttdata.com", "JP"),
    ("Fujitsu", "fujitsu.com", "JP"), ("Yandex", "yandex.com", "RU"), ("Alibaba", "alibaba.com", "CN"),
    ("Tencent", "tencent.com", "CN"), ("Grab", "grab.com", "SG"), ("Mercado Libre", "mercadolibre.com", "AR"),
    ("Globant", "globant.com", "AR"), ("Nubank", "nubank.com.br", "BR"), ("Flutterwave", "flutterwave.com", "NG"),
    ("Andela", "andela.com", "US"), ("Siemens", "siemens.com", "DE"), ("Bosch", "bosch.com", "DE"),
    ("Zalando", "zalando.com", "DE"), ("Booking.com", "booking.com", "NL"), ("Adyen", "adyen.com", "NL"),
    ("Allegro", "allegro.pl", "PL"), ("Oracle", "oracle.com", "US"), ("Cognizant", "cognizant.com", "US"),
    ("HCLTech", "hcltech.com", "IN"), ("Salesforce", "salesforce.com", "US"), ("Intuit", "intuit.com", "US"),
    ("Capital One", "capitalone.com", "US"), ("JPMorgan Chase", "jpmorganchase.com", "US"),
    ("Walmart Global Tech", "walmart.com", "US"), ("Thoughtworks", "thoughtworks.com", "US"),
]
CO_PREFIX = _s("Blue Bright Silver North Summit Pixel Quantum Nova Apex Cedar Iron Harbor Vertex Stellar Orbit "
               "Red Maple Lumen Cobalt Granite Swift Clear Prime Bold Atlas True Open Peak Echo Zenith Arc "
               "Falcon Ember Cloud Bit Code Byte Logic Spark Pine River Delta")
CO_SUFFIX = _s("Labs Systems Solutions Technologies Software Digital Works Studio Networks Dynamics Soft Tech "
               "Analytics Apps Interactive Innovations Group Ventures Consulting Data")
CO_TLD = ["com", "io", "co", "tech", "dev", "net", "ai"]

# --------------------------------------------------------------------------
# Skills / job categories
# --------------------------------------------------------------------------
CATEGORIES = {
    "web_fullstack": (["React", "Node.js", "TypeScript", "Next.js", "PostgreSQL", "Express", "Vue.js", "GraphQL"], 45, 25),
    "web3": (["Solidity", "smart contracts", "Web3.js", "Ethereum", "Rust", "DeFi", "NFT marketplace", "Hardhat"], 60, 8),
    "mobile": (["Flutter", "React Native", "Swift", "Kotlin", "iOS", "Android", "Firebase"], 45, 12),
    "backend": (["Python", "Django", "FastAPI", "Go", "Java", "Spring Boot", "microservices", "AWS"], 50, 12),
    "php_cms": (["WordPress", "PHP", "Laravel", "Shopify", "WooCommerce", "Elementor"], 28, 12),
    "devops": (["AWS", "Kubernetes", "Terraform", "Docker", "CI/CD", "Linux", "Azure"], 60, 6),
    "data": (["Python", "pandas", "SQL", "Power BI", "machine learning", "web scraping", "Tableau"], 45, 8),
    "game": (["Unity", "C#", "Unreal Engine", "Godot", "game design"], 40, 4),
    "design": (["Figma", "UI/UX", "Adobe Illustrator", "logo design", "branding", "Photoshop"], 35, 6),
    "writing": (["copywriting", "SEO articles", "technical writing", "blog posts", "proofreading"], 30, 5),
    "va_admin": (["data entry", "virtual assistant", "customer support", "lead generation", "Excel"], 12, 2),
}
DPRK_CATS = [("web_fullstack", 35), ("web3", 20), ("mobile", 20), ("backend", 12), ("game", 8), ("devops", 5)]

# --------------------------------------------------------------------------
# User agents
# --------------------------------------------------------------------------
UA_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36 Edg/{cv}.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{fv}.0) Gecko/20100101 Firefox/{fv}.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{sv} Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:{fv}.0) Gecko/20100101 Firefox/{fv}.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:{fv}.0) Gecko/20100101 Firefox/{fv}.0",
]
UA_DESKTOP_W = [38, 8, 6, 20, 12, 3, 8, 5]
UA_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS {iv} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{sv} Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv}.0.0.0 Mobile Safari/537.36",
    "WorkroomMobile/3.{n}.{m} (iPhone; iOS {ivd})",
    "WorkroomMobile/3.{n}.{m} (Android {av})",
]
UA_MOBILE_W = [40, 35, 15, 10]
UA_APP = "WorkroomTracker/5.{n}.{m}.0 ({os})"

# --------------------------------------------------------------------------
# Endpoint telemetry vocabulary
# --------------------------------------------------------------------------
SW_BASE = ["Slack", "Zoom", "Google Chrome", "Microsoft Teams", "Microsoft Outlook", "Okta Verify",
           "CrowdStrike Falcon", "1Password", "Visual Studio Code", "Docker Desktop", "Postman", "Git",
           "IntelliJ IDEA", "iTerm2", "Figma", "Spotify", "Notion", "Jamf Protect", "Microsoft Defender",
           "Firefox", "Cisco Secure Client", "GlobalProtect", "Python 3.12", "Node.js", "Terminal"]
SW_REMOTE_SUPPORT = ["TeamViewer", "AnyDesk", "Splashtop Business", "ConnectWise ScreenConnect Client",
                     "Zoho Assist", "BeyondTrust Remote Support"]
SW_REMOTE_DPRK = ["AnyDesk", "TeamViewer", "RustDesk", "Chrome Remote Desktop Host", "Splashtop Streamer",
                  "Parsec", "AweSun", "ToDesk"]
USB_NORMAL = [
    {"vendor": "046d", "product": "c52b", "name": "Logitech USB Receiver", "class": "hid"},
    {"vendor": "1050", "product": "0407", "name": "YubiKey OTP+FIDO+CCID", "class": "hid"},
    {"vendor": "05ac", "product": "029c", "name": "Magic Keyboard", "class": "hid"},
    {"vendor": "2188", "product": "0611", "name": "CalDigit TS3 Plus", "class": "hub"},
    {"vendor": "413c", "product": "b06e", "name": "Dell Universal Dock D6000", "class": "hub"},
    {"vendor": "0b0e", "product": "24c8", "name": "Jabra Evolve2 65", "class": "audio"},
    {"vendor": "046d", "product": "085e", "name": "Logitech BRIO", "class": "video"},
    {"vendor": "0fd9", "product": "0080", "name": "Elgato Stream Deck", "class": "hid"},
    {"vendor": "0bda", "product": "8153", "name": "Realtek USB 10/100/1000 LAN", "class": "net"},
    {"vendor": "0781", "product": "5583", "name": "SanDisk Ultra Fit", "class": "storage"},
    {"vendor": "0557", "product": "2419", "name": "ATEN CS1942DP KVM Switch", "class": "hub"},
]
USB_KVM = [
    {"vendor": "1d6b", "product": "0104", "name": "PiKVM Composite Device", "class": "hid"},
    {"vendor": "1d6b", "product": "0104", "name": "TinyPilot Multifunction Composite Gadget", "class": "hid"},
    {"vendor": "534d", "product": "2109", "name": "MACROSILICON USB Video", "class": "video"},
    {"vendor": "1d6b", "product": "0104", "name": "Multifunction Composite Gadget", "class": "hid"},
]
DISPLAYS_NORMAL = ["Built-in Retina Display", "DELL U2720Q", "DELL P2419H", "LG HDR 4K", "LG ULTRAFINE",
                   "SAMSUNG", "BenQ PD2700U", "HP E24 G4", "ASUS VG27A", "Color LCD", "DELL S2721QS",
                   "PHL 272B8Q", "LEN T27h-20"]
DISPLAYS_KVM = ["PiKVM", "TinyPilot", "TC358743", "MS2109", "HDMI"]

# --------------------------------------------------------------------------
# Texts
# --------------------------------------------------------------------------
GREET = ["Hi", "Hello", "Hi there", "Hey", "Good day", "Dear client", "Hello there", "Greetings",
         "Hi {client_first}", "Hello team"]
OPENERS = [
    "I read through your post and {skill} is exactly what I do day to day.",
    "your project caught my eye because I recently finished something very similar with {skill}.",
    "I can help with this. I have been working with {skill} for about {yrs} years.",
    "this looks like a good fit for me – most of my recent contracts were {skill} work.",
    "I'd love to help you with the {skill} part of this job.",
    "quick note: I have shipped several {skill} projects and can show you examples.",
    "I understand you need someone for {skill}; that's my main area.",
    "I noticed you are looking for {skill} help, and I'm available to start soon.",
    "I specialise in {skill} and {skill2}, so this brief is right in my wheelhouse.",
    "happy to take a look at this. {skill} and {skill2} are my strongest skills.",
]
MIDDLES = [
    "Last month I built {thing} for a client in {place}.",
    "One of my recent projects was {thing}, which is live now.",
    "My portfolio includes {thing} and a few smaller {skill2} jobs.",
    "I usually start with a short call to clarify scope, then send a plan with milestones.",
    "I write tests for everything I ship and keep the code documented.",
    "I can share my screen and walk you through similar code I have written.",
    "I'm comfortable working with your existing codebase and team conventions.",
    "I've been freelancing full time since {since} and keep a 100% completion rate.",
    "I work mostly {hours}, but I'm flexible for calls.",
    "Before freelancing I was a developer at {employer}.",
]
THINGS = ["a booking system", "an inventory dashboard", "a Shopify storefront", "a React Native delivery app",
          "a payment integration with Stripe", "a real-time chat feature", "a data pipeline on AWS",
          "an internal admin panel", "a landing page with A/B tests", "a scraper for 40k product pages",
          "a token staking dashboard", "a multiplayer prototype", "a Flutter fitness app",
          "a CRM integration with HubSpot", "an ETL job in Airflow", "a WordPress membership site"]
PLACES = ["Texas", "London", "Berlin", "Toronto", "Sydney", "California", "New York", "Amsterdam", "Dubai",
          "Singapore", "Chicago", "Florida", "Ohio", "Paris", "Seattle"]
CLOSERS = [
    "Let me know if you have any questions.", "Looking forward to hearing from you.",
    "Happy to jump on a quick call.", "Thanks for reading!", "Best regards,", "Cheers,",
    "When would be a good time to discuss?", "Feel free to message me any time.",
    "I can start right away.", "Talk soon.",
]
# a widely copied beginner template (used by unrelated newcomers, honest)
NEWCOMER_TEMPLATE = ("Dear Hiring Manager, I have carefully read your job description and I am confident that I "
                     "can complete this task with high quality and on time. I have {yrs} years of experience in "
                     "{skill}. I am available to start immediately and I will provide unlimited revisions until "
                     "you are 100% satisfied. Please check my profile. Thank you!")
HONEST_MSG_SENT = [
    "Thanks for the update, I'll have the changes ready by tomorrow.",
    "I pushed the fix to the staging branch, could you check when you have a minute?",
    "Quick question about the API keys – should I use the sandbox ones for now?",
    "I've attached the latest mockups. Let me know what you think.",
    "Sounds good. I'll log the hours under the second milestone.",
    "I'm out on Friday but will be back Monday morning.",
    "Could we do a short Zoom call this week to go over priorities?",
    "The deploy went fine, all tests are green.",
    "Thanks for the feedback! I'll adjust the colours and spacing.",
    "I'll send the invoice through the platform as usual.",
    "Happy to keep everything here on the platform.",
    "I found the bug – it was a timezone issue in the date parser.",
    "I've shared the Google Drive folder with the assets.",
    "Would you like me to continue with the next feature?",
    "No problem, I can join your Slack workspace for day-to-day questions.",
    "Thanks for the 5 stars, it was great working with you!",
]
HONEST_MSG_OFFPLATFORM_BENIGN = [
    "Sure, my WhatsApp is the same number as on my profile if you want to call about the deadline.",
    "I'm travelling this week, WhatsApp is the easiest way to reach me quickly.",
    "We can use Telegram for quick pings, but let's keep files and payments here.",
]
CLIENT_MSG_RECEIVED = [
    "Hi, thanks for your proposal. Are you available for a quick call?",
    "Can you share some examples of similar work?",
    "Great job on the last milestone, let's continue.",
    "What's your availability next week?",
    "Please send me an estimate for the remaining tasks.",
    "I've added you to the repo, let me know if you can access it.",
    "We'd like to extend the contract for another month.",
    "Could you join our daily standup at 10am EST?",
    "The client demo went well, thank you!",
]
CLIENT_MSG_SCAMMY = [
    "Hello, please contact me on Telegram @{handle} for the job details.",
    "Add me on WhatsApp so we can discuss the project faster: +{num}",
    "I prefer to pay outside the platform to save fees, is that ok?",
]
DPRK_MSG_OFFPLATFORM = [
    "Could we continue on Telegram? My handle is @{handle}. It's faster for me.",
    "Please add me on WhatsApp {phone}, I check it more often than this app.",
    "To avoid platform fees we could do direct payment – I accept USDT (TRC20) or Payoneer.",
    "My account has a payment issue right now, could you pay the next milestone to my friend's PayPal?",
    "Let's move to Discord or Telegram for daily communication, @{handle}.",
    "If you pay directly in crypto I can give you a 15% discount.",
    "Can you send the payment to my colleague's account? I'll share the details on Telegram.",
    "Please contact me on Skype live:.cid.{hex} so we can talk more.",
]
DPRK_MSG_NORMAL = [
    "Thank you for your reply. I can start the work right now.",
    "Sure, I understand. I will finish it today.",
    "I completed the task, please check and let me know your feedback.",
    "Sorry for late reply, I had a power outage.",
    "I'm available now. My camera is not working today, can we do a voice call?",
    "I will update the code and push to the repository soon.",
    "Yes, I have a lot of experience with this. Please trust me.",
    "Could you increase the weekly limit? I can work more hours on this.",
    "I can work on weekends too if you need.",
]

# --------------------------------------------------------------------------
# Sentence alternatives from which each agency / DPRK team composes its own
# proposal template (members share it; unrelated groups overlap only by chance)
# --------------------------------------------------------------------------
AGENCY_FRAGMENTS = [
    ["Hello, this is {first} from {agency}.", "Hi! {agency} here – {first} writing.",
     "Greetings from {agency}! My name is {first}.", "Hi, {first} here, business developer at {agency}.",
     "Good day! I'm {first}, representing {agency}.", "Hello from the {agency} team."],
    ["Our team of {teamsize} developers has delivered more than {nproj} projects in {skill} and {skill2}.",
     "We are a registered software company specialising in {skill}.",
     "For {yrs} years our studio has been building {skill} and {skill2} products for startups.",
     "We have {teamsize} in-house engineers and designers working mainly with {skill}.",
     "Our company focuses on {skill}, {skill2} and long-term maintenance.",
     "We are a small agency with a strong {skill} practice and {nproj}+ finished projects."],
    ["I will be your main point of contact and a project manager will keep you updated every day.",
     "We can assign a dedicated developer and QA to your project and start this week.",
     "We work in sprints with weekly demos and transparent reporting.",
     "You will get a fixed team, a shared Slack channel and daily updates.",
     "We offer a free estimate and a short discovery call before we start.",
     "Every project gets code review, automated tests and a staging environment."],
    ["Please check our agency portfolio.", "Our rates are transparent and we work with milestones.",
     "Have a look at the case studies on our agency profile.", "Happy to share references from similar clients.",
     "We can sign an NDA before the call.", ""],
    ["Regards, {first} | {agency}", "Thanks, {first}", "Best, {first} ({agency})", "Kind regards, {first}",
     "Cheers, {first} from {agency}"],
]
DPRK_FRAGMENTS = [
    ["Hello, I am a {title} with {yrs}+ years of experience in {skill}, {skill2} and blockchain.",
     "Hi there! As a {title} with {yrs} years of hands-on experience, I have built many projects using {skill} and {skill2}.",
     "Dear client, I read your job post and I'm confident I'm the right person.",
     "Hello! I have strong experience in {skill} and {skill2} ({yrs}+ years).",
     "Hi, I'm {first}, a {title} focused on {skill} and {skill2}.",
     "Greetings! I have been working as a {title} for {yrs} years."],
    ["I have reviewed your requirements carefully and I can deliver high quality work quickly.",
     "My main stack is {skill}, {skill2}, Node.js and AWS.", "I recently completed {thing}.",
     "I previously worked at {employer} on a large scale platform.",
     "I have built DeFi dashboards, NFT marketplaces and mobile apps for US clients.",
     "I understand exactly what you need and I have done the same thing many times."],
    ["I am available full time and can work in your timezone.", "I can start right now and work 40+ hours per week.",
     "I am online most of the day and reply fast.",
     "I can work full-time, overlap with US hours and finish your project within budget.",
     "I am available 24/7 and can start immediately.", "I can dedicate all my time to your project."],
    ["Let's discuss the details.", "I always communicate clearly and deliver on time.",
     "Please contact me to discuss more.", "Can we have a quick chat?", "Looking forward to working with you.",
     "I will be happy to show you my previous work."],
    ["Thanks, {first}", "Best regards, {first}", "Regards, {first}", "{first}", "Sincerely, {first}"],
]
