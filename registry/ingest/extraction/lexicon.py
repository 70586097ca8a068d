"""The lexicon of the name grammar: every word set and named pattern it reads names with, in one place.

Plain data: a newcomer adds a head word or a field of study here, with tests in three phrasings."""
import re

# Heads that end a name in the languages that put them last ("Ankara Üniversitesi", "Debreceni Egyetem").
SUFFIX_HEADS = {"Üniversitesi", "Universitesi", "Egyetem", "Daigaku", "Högskola", "Yliopisto", "Ülikool"}
# Head words that make a capitalised phrase an institution name; those of ENGLISH_HEADS end it.
ENGLISH_HEADS = {"University", "Institute", "College", "Academy", "Polytechnic", "Conservatory",
                 "Seminary"} | SUFFIX_HEADS
FOREIGN_HEADS = {"Universiti", "Universidad", "Universidade", "Università", "Université", "Universität",
                 "Universitas", "Universitet", "Universiteit", "Uniwersytet", "Politecnico", "Politechnika",
                 "Hochschule", "Fachhochschule", "Institut", "Instituto", "Istituto", "École", "Ecole", "Akademie",
                 "Kolej", "Politeknik", "Akademi", "Universitatea", "Univerzita", "Univerzitet", "Universitetas",
                 "Universitāte", "Instytut", "Akademia", "Escuela", "Escola", "Scuola", "Faculdade",
                 "Hogeschool", "Högskolan", "Sekolah"}
# Bodies that are not schools but sign like them: foundations, councils, consortia, unions. Read as institutions
# only where the article defines an acronym for them ("Aga Khan Foundation (AKF)"): bare, they are mostly
# sponsors and background (the dev sets score worse when every "X Council" is a name).
BODY_HEADS = {"Foundation", "Council", "Union", "Consortium", "Alliance", "Association", "Federation", "Network",
              "Society", "Trust", "League"}
GOVERNMENT_HEADS = {"Ministry", "Consulate", "Embassy"}
COMPANY_HEADS = {"Company", "Corporation", "Limited", "Ltd", "Inc", "Electronics", "GmbH", "LLC", "PLC", "Co", "Berhad",
                 "Bhd", "LLP", "JSC", "PJSC", "AG"}
ALLIANCE_HEADS = {"Alliance", "Association", "Consortium", "Federation"}
HEADS = ENGLISH_HEADS | FOREIGN_HEADS | GOVERNMENT_HEADS | COMPANY_HEADS | {"School"}
# A head followed by one of these is part of a bigger thing that is not an institution
# ("Sino-German University Presidents' Forum", "University Alliance", "Institute Hospital").
_MODIFIED_BY = {"Alliance", "Forum", "Initiative", "Center", "Centre", "Hospital", "Press", "Library", "Museum",
                "Park", "Campus", "Presidents", "Presidents'", "Program", "Programme", "Project",
                "Association", "Consortium", "Council", "Network", "League", "Fund", "Foundation", "Award",
                "Prize", "Games", "Cup", "Festival", "Conference", "Summit", "Town", "Station", "Road", "Street",
                "Avenue", "Square", "Hotel", "Building", "Hall", "Stadium", "Newsletter", "News", "Magazine"}
# Nouns a name modifies after "a": "a Tomsk State University delegation" names the university.
_MODIFIED_NOUNS = {"delegation", "team", "group", "representative", "representatives", "official", "officials",
                   "professor", "professors", "researcher", "researchers", "scientist", "scientists", "student",
                   "students", "alumnus", "graduate", "spokesperson", "spokesman", "statement", "press"}
# Words that end the name of a body other than a school ("Viettel Group", "Vietcombank").
_OTHER_BODIES = {"Group", "Bank", "Holdings", "Foundation", "Council", "Agency", "Administration", "Authority",
                 "Commission", "Committee", "Organization", "Organisation", "Society", "Hospital"}
_NAME_ENDS = HEADS | _OTHER_BODIES
# Units of an institution, never parties on their own.
_UNIT_START = re.compile(r"^(?:School|Institute|College|Faculty|Department|Office|Center|Centre|Division|Unit|"
                         r"Laboratory|Lab|Museum|Library|Bureau|Section|Chair|Graduate School|Academy) of\b")
_CONNECTORS = {"of", "for", "de", "di", "del", "della", "des", "du", "do", "da", "dos", "das", "y", "e", "und",
               "für", "zu"}
_LEFT_STOP = {
    "The", "A", "An", "On", "In", "At", "From", "To", "By", "With", "For", "Of", "And", "During", "After", "Before",
    "Following", "Both", "This", "That", "These", "Those", "Our", "Their", "His", "Her", "Its", "Recently",
    "Meanwhile", "Moreover", "However", "Also", "As", "When", "While", "Under", "Between", "Among", "Since",
    "Last", "Next", "Today", "Yesterday", "Dear", "Mr", "Mr.", "Mrs", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.",
    "Professor", "President", "Vice", "Vice-President", "Rector", "Vice-Rector", "Dean", "Director", "Chairman",
    "Chancellor", "Vice-Chancellor", "Secretary", "Head", "Minister", "Ambassador", "Consul", "Deputy",
    "Assistant", "Executive", "Party", "Leaders", "Leader", "Representatives", "Representative", "Guests",
    "Guest", "Delegation", "Delegates", "Visits", "Visit", "Visited", "Signs", "Signed", "Sign", "Holds", "Held",
    "Hold", "Forms", "Formed", "Renews", "Renewed", "Attended", "Attends", "Hosts", "Hosted", "Meets", "Met",
    "Welcomes", "Welcomed", "Receives", "Received", "Inks", "Inked", "Iink", "Agreement", "Agreements",
    "Memorandum", "MoU", "MOU", "Cooperation", "Partnership", "Strengthens", "Strengthen", "Explore",
    "Explores", "Discuss", "Discusses", "Talks", "Talk", "Launch", "Launches", "Join", "Joins", "Sends",
    "Symposium", "Seminar", "Meeting", "Forum", "Ceremony", "Achieved", "Results", "Fruitful", "Exchanges",
    "Online", "Affairs", "Big", "Stories", "News", "Newsletter", "Chinese-speaking", "Three", "Two",
    "Four", "Five", "Several", "Many", "Other", "Some", "All", "Each", "Every", "Over", "Dezful", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
    "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Assoc.", "Professors", "Students",
    "Teachers", "Then", "Here", "There", "It", "He", "She", "They", "We", "You", "I", "According", "Within",
    "Through", "Together", "Subsequently", "Finally", "Firstly", "Secondly", "Lastly", "Commencing", "Founded",
    "Having", "Besides", "Faced", "Present", "Attendees", "Participants", "Information", "About",
    "Educational", "Exchange", "Academic", "Strategic", "Key", "New", "First", "Second", "Third", "Former",
}
# Words that do not tell one institution from another.
GENERIC_WORDS = {
    "university", "universiti", "universities", "of", "the", "and", "for", "in", "at", "state", "national",
    "federal", "technical", "technology", "technological", "science", "sciences", "research", "applied",
    "institute", "college", "academy", "polytechnic", "international", "higher", "education", "school",
    "named", "after", "deemed", "to", "be", "&", "normal", "medical", "open", "public", "private", "new",
}

# Words that end institution names; a capitalised word after an "of" phrase that is not one of them,
# right after a title, is a person's name ("Director of ... of X University of Technology Kourosh Attarian").
NAME_WORDS = {
    "Technology", "Technologies", "Science", "Sciences", "Arts", "Economics", "Engineering", "Medicine",
    "Education", "Studies", "Agriculture", "Law", "Management", "Communications", "Communication", "Transport",
    "Languages", "Research", "Design", "Music", "Business", "Finance", "Commerce", "Pharmacy", "Health",
    "Humanities", "Industry", "Mines", "Forestry", "Fisheries", "Aeronautics", "Astronautics", "Telecommunications",
    "Petroleum", "Architecture", "Physics", "Chemistry", "Mathematics", "Philology", "Affairs", "Relations",
    "Training", "Technique", "Culture", "Sport", "Sports", "Tourism", "Innovation", "Economy", "Informatics",
}
# Fields of study and their adjectives: "Tokyo Medical and Dental University" shares one head between two.
FIELD_WORDS = NAME_WORDS | {
    "Medical", "Dental", "Pharmaceutical", "Technical", "Agricultural", "Technological", "Economic", "Political",
    "Legal", "Language", "Literature", "Media", "Film", "Television", "Art", "Nursing", "Veterinary", "Marine",
    "Maritime", "Aerospace", "Mining", "Textile", "Chemical", "Electronic", "Electrical", "Industrial",
    "Commercial", "Financial", "Normal", "Polytechnic", "Foreign", "Trade", "Information", "Energy"}
# Possessives that belong to a name ("King's College London", "Queen's University Belfast").
_POSSESSIVE_NAMES = {"King", "Queen", "John", "Peter", "Mary", "Paul", "Patrick", "Stephen", "Catherine", "Anne"}
