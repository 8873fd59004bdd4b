/**
 * The words the CRM page objects find controls by, per language the till is shown in: a
 * journey in French finds the French names, so it proves the screen speaks French. Where a
 * French label is the end of another ("Nom" in "Prénom"), the name is anchored.
 */
export type Language = 'en-GB' | 'fr-FR';

type Name = string | RegExp;

export interface Words {
  keyboard: { group: string; toggle: string; space: string; accents: (letter: string) => string };
  crmSearch: {
    heading: string;
    search: string;
    newCustomer: string;
    results: string;
    /** A row's open button names the customer's number: "No. 100", "N° 100". */
    row: RegExp;
    nextPage: RegExp;
    previousPage: RegExp;
    sortBy: string;
    pickBanner: string;
  };
  clientDetails: {
    edit: string;
    sections: string;
    transactionHistory: string;
    contactHistory: string;
    callClient: string;
    emailClient: string;
    relationships: string;
    affiliated: string;
    clientSearch: string;
  };
  customerForm: {
    firstName: Name;
    surname: Name;
    email: Name;
    phone: Name;
    street: Name;
    town: Name;
    postcode: Name;
    dateOfBirth: RegExp;
    save: string;
    conflict: string;
    useTheirs: string;
  };
}

const anchored = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export const WORDS: Record<Language, Words> = {
  'en-GB': {
    keyboard: {
      group: 'On-screen keyboard',
      toggle: 'Keyboard',
      space: 'Space',
      accents: (letter) => `Accents for ${letter}`,
    },
    crmSearch: {
      heading: 'Client search',
      search: 'Search',
      newCustomer: 'New customer',
      results: 'Clients found',
      row: /No\. /,
      nextPage: /Next page/,
      previousPage: /Previous page/,
      sortBy: 'Sort by',
      pickBanner: 'Choose the customer to relate',
    },
    clientDetails: {
      edit: 'Edit',
      sections: 'Client details sections',
      transactionHistory: 'Transaction history',
      contactHistory: 'Contact history',
      callClient: 'Call client',
      emailClient: 'Email client',
      relationships: 'Relationships',
      affiliated: 'Affiliated customers',
      clientSearch: 'Client search',
    },
    customerForm: {
      firstName: 'First name *',
      surname: 'Surname *',
      email: 'E-mail',
      phone: 'Phone',
      street: 'Street',
      town: 'Town',
      postcode: 'Postcode',
      dateOfBirth: /^Date of birth/,
      save: 'Save',
      conflict: 'Someone else changed this customer',
      useTheirs: 'Use their version',
    },
  },
  'fr-FR': {
    keyboard: {
      group: "Clavier à l'écran",
      toggle: 'Clavier',
      space: 'Espace',
      accents: (letter) => `Accents pour ${letter}`,
    },
    crmSearch: {
      heading: 'Recherche de clients',
      search: 'Rechercher',
      newCustomer: 'Nouveau client',
      results: 'Clients trouvés',
      row: /N° /,
      nextPage: /Page suivante/,
      previousPage: /Page précédente/,
      sortBy: 'Trier par',
      pickBanner: 'Choisissez le client à relier',
    },
    clientDetails: {
      edit: 'Modifier',
      sections: 'Sections de la fiche client',
      transactionHistory: 'Historique des achats',
      contactHistory: 'Historique des contacts',
      callClient: 'Appeler le client',
      emailClient: 'Envoyer un e-mail',
      relationships: 'Relations',
      affiliated: 'Clients affiliés',
      clientSearch: 'Recherche de clients',
    },
    customerForm: {
      firstName: anchored('Prénom *'),
      surname: anchored('Nom *'),
      email: anchored('E-mail'),
      phone: anchored('Téléphone'),
      street: anchored('Rue'),
      town: anchored('Ville'),
      postcode: anchored('Code postal'),
      dateOfBirth: /^Date de naissance/,
      save: 'Enregistrer',
      conflict: "Quelqu'un d'autre a modifié ce client",
      useTheirs: 'Reprendre leur version',
    },
  },
};
