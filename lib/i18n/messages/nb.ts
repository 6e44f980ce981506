import type { TMessages } from "./en";

export const nb: TMessages = {
  common: {
    appName: "Abo",
    signIn: "Logg inn",
    signOut: "Logg ut",
    language: "Språk",
    back: "Tilbake",
    cancel: "Avbryt",
    save: "Lagre",
    continue: "Fortsett",
    loading: "Laster …",
    somethingWentWrong: "Noe gikk galt. Prøv igjen.",
    notFound: "Vi fant ikke den siden.",
  },
  signIn: {
    title: "Logg inn",
    customerIntro: "Skriv inn e-postadressen du brukte for abonnementet. Vi sender deg en lenke for å logge inn.",
    email: "E-postadresse",
    sendLink: "Send meg en innloggingslenke",
    checkEmailTitle: "Sjekk e-posten din",
    checkEmailBody: "Hvis vi har et abonnement på den adressen, er en innloggingslenke på vei. Den virker én gang, i 15 minutter.",
    staffTitle: "Innlogging for ansatte",
    password: "Passord",
    staffSubmit: "Logg inn som ansatt",
    invalidCredentials: "E-post og passord stemte ikke, eller det var for mange forsøk. Prøv igjen om noen minutter.",
    invalidEmail: "Skriv inn en gyldig e-postadresse.",
  },
};
