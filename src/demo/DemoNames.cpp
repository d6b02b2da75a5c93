// The demo portfolio's word lists.
#include "demo/DemoNames.h"

namespace duedesk::demo {
namespace {

using sv = std::string_view;

constexpr sv kUkForms[] = {"Ltd", "Limited", "PLC", "LLP"};
constexpr sv kUkCities[] = {"London",  "Manchester", "Leeds",      "Bristol", "Southampton",
                            "Glasgow", "Birmingham", "Nottingham", "Cardiff", "Reading"};
constexpr sv kUkStreets[] = {"High Street", "Station Road", "Church Lane", "Victoria Road",
                             "Mill Lane",   "King Street",  "Queensway",   "Park Road"};
constexpr sv kDeForms[] = {"GmbH", "AG", "GmbH & Co. KG"};
constexpr sv kDeCities[] = {"Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Düsseldorf", "Stuttgart"};
constexpr sv kDeStreets[] = {"Hauptstraße", "Bahnhofstraße", "Gartenweg", "Industriestraße", "Schillerstraße"};
constexpr sv kFrForms[] = {"SARL", "SAS", "SA"};
constexpr sv kFrCities[] = {"Paris", "Lyon", "Lille", "Toulouse", "Nantes", "Bordeaux"};
constexpr sv kFrStreets[] = {"Rue de la République", "Avenue Jean Jaurès", "Rue Victor Hugo", "Boulevard Pasteur"};
constexpr sv kNlForms[] = {"B.V.", "N.V."};
constexpr sv kNlCities[] = {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"};
constexpr sv kNlStreets[] = {"Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg"};
constexpr sv kUsForms[] = {"Inc.", "LLC", "Corp."};
constexpr sv kUsCities[] = {"Chicago", "Boston", "Austin", "Denver", "Seattle", "Atlanta", "Columbus"};
constexpr sv kUsStreets[] = {"Main Street", "Oak Avenue", "Maple Drive", "Washington Boulevard", "Lake Street"};

constexpr Country kCountries[] = {
    {"GB", "GBP", kUkForms, kUkCities, kUkStreets, "+44 20 "},
    {"DE", "EUR", kDeForms, kDeCities, kDeStreets, "+49 30 "},
    {"FR", "EUR", kFrForms, kFrCities, kFrStreets, "+33 1 "},
    {"NL", "EUR", kNlForms, kNlCities, kNlStreets, "+31 20 "},
    {"US", "USD", kUsForms, kUsCities, kUsStreets, "+1 312 "},
};

constexpr sv kStems[] = {"Albion",    "Harbour",     "Northgate",  "Pennine",    "Meridian",  "Crestway",  "Bluebell",
                         "Kestrel",   "Summit",      "Riverside",  "Oakfield",   "Beacon",    "Lindqvist", "Vantage",
                         "Castellan", "Brightwater", "Ironbridge", "Silverline", "Westmoor",  "Redfern",   "Aldgate",
                         "Granite",   "Halcyon",     "Juniper",    "Larkspur",   "Marlow",    "Nordhavn",  "Orchard",
                         "Pinnacle",  "Quayside",    "Rowan",      "Sterling",   "Thornbury", "Upland",    "Valemount",
                         "Wexford",   "Yardley",     "Zenith",     "Ashcombe",   "Brookside"};
constexpr sv kTrades[] = {"Engineering", "Logistics",  "Foods",    "Packaging",  "Construction",
                          "Healthcare",  "Retail",     "Software", "Print",      "Hospitality",
                          "Textiles",    "Electrical", "Pharma",   "Marine",     "Timber",
                          "Plastics",    "Interiors",  "Motors",   "Consulting", "Facilities"};
constexpr sv kFirst[] = {"Oliver", "Amelia", "Jack",  "Isla", "Harry",  "Sophie", "Lukas",  "Hannah", "Léa",   "Hugo",
                         "Emma",   "Noah",   "Mia",   "Daan", "Julia",  "Liam",   "Olivia", "Ethan",  "Grace", "Mateo",
                         "Priya",  "Tomasz", "Aisha", "Chen", "Fatima", "Jonas",  "Chloé",  "Ravi",   "Zoe",   "Kwame"};
constexpr sv kLast[] = {"Smith",   "Jones",    "Taylor",  "Brown",   "Müller",   "Schneider", "Martin",
                        "Bernard", "de Vries", "Jansen",  "Johnson", "Williams", "Garcia",    "Wilson",
                        "Evans",   "Thomas",   "Roberts", "Walker",  "Nowak",    "Okafor",    "Khan",
                        "Dubois",  "Fischer",  "Hughes",  "Patel",   "Clarke",   "Murphy",    "Lopez"};
constexpr sv kTitles[] = {"Accounts Payable Clerk", "Finance Manager", "Purchase Ledger Supervisor",
                          "Financial Controller",   "Office Manager",  "Director",
                          "Payments Officer"};

} // namespace

std::span<const Country> countries() { return kCountries; }
std::span<const std::string_view> companyStems() { return kStems; }
std::span<const std::string_view> companyTrades() { return kTrades; }
std::span<const std::string_view> firstNames() { return kFirst; }
std::span<const std::string_view> lastNames() { return kLast; }
std::span<const std::string_view> jobTitles() { return kTitles; }

} // namespace duedesk::demo
