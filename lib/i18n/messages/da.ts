import type { TMessages } from "./en";

export const da: TMessages = {
  common: {
    appName: "Abo",
    signIn: "Log ind",
    signOut: "Log ud",
    language: "Sprog",
    back: "Tilbage",
    cancel: "Annuller",
    save: "Gem",
    continue: "Fortsæt",
    loading: "Indlæser …",
    somethingWentWrong: "Noget gik galt. Prøv igen.",
    notFound: "Vi kunne ikke finde siden.",
  },
  signIn: {
    title: "Log ind",
    customerIntro: "Skriv den e-mailadresse, du brugte til dit abonnement. Vi sender dig et link til at logge ind.",
    email: "E-mailadresse",
    sendLink: "Send mig et login-link",
    checkEmailTitle: "Tjek din e-mail",
    checkEmailBody: "Hvis vi har et abonnement på den adresse, er et login-link på vej. Det virker én gang, i 15 minutter.",
    staffTitle: "Log ind som medarbejder",
    password: "Adgangskode",
    staffSubmit: "Log ind som medarbejder",
    invalidCredentials: "E-mail og adgangskode passede ikke, eller der var for mange forsøg. Prøv igen om et par minutter.",
    invalidEmail: "Skriv en gyldig e-mailadresse.",
  },
};
