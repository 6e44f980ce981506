import type { TMessages } from "./en";

export const fi: TMessages = {
  common: {
    appName: "Abo",
    signIn: "Kirjaudu sisään",
    signOut: "Kirjaudu ulos",
    language: "Kieli",
    back: "Takaisin",
    cancel: "Peruuta",
    save: "Tallenna",
    continue: "Jatka",
    loading: "Ladataan…",
    somethingWentWrong: "Jokin meni vikaan. Yritä uudelleen.",
    notFound: "Sivua ei löytynyt.",
  },
  signIn: {
    title: "Kirjaudu sisään",
    customerIntro: "Anna sähköpostiosoite, jota käytit tilauksessasi. Lähetämme sinulle kirjautumislinkin.",
    email: "Sähköpostiosoite",
    sendLink: "Lähetä kirjautumislinkki",
    checkEmailTitle: "Tarkista sähköpostisi",
    checkEmailBody: "Jos osoitteella on tilaus, kirjautumislinkki on matkalla. Se toimii kerran, 15 minuutin ajan.",
    staffTitle: "Henkilökunnan kirjautuminen",
    password: "Salasana",
    staffSubmit: "Kirjaudu henkilökuntana",
    invalidCredentials: "Sähköposti ja salasana eivät täsmänneet, tai yrityksiä oli liikaa. Yritä muutaman minuutin päästä uudelleen.",
    invalidEmail: "Anna kelvollinen sähköpostiosoite.",
  },
};
