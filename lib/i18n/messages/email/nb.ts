import type { TEmailMessages } from "./types";

export const emailNb: TEmailMessages = {
  greeting: "Hei {name},",
  greetingNoName: "Hei,",
  contact: "Spørsmål? Kontakt {shop} på {contact}.",
  contactNoAddress: "Spørsmål? Kontakt {shop}.",
  manage: "Administrer abonnementet",
  why: "Du får denne e-posten fordi du har et abonnement hos {shop}.",
  signInLink: {
    subject: "Lenken din for å logge inn",
    intro:
      "Bruk denne lenken for å logge inn og administrere abonnementene dine. Den virker én gang, i 15 minutter.",
    action: "Logg inn",
    ignore: "Hvis du ikke ba om den, kan du se bort fra denne e-posten.",
  },
  signUpClaim: {
    subject: "Legge {product} til kontoen din?",
    intro:
      "Noen startet et abonnement på {product} hos {shop} med denne e-postadressen. Var det deg, bruker du denne lenken for å legge det til kontoen din. Den virker i {days} dager.",
    action: "Legg det til kontoen min",
    ignore:
      "Var det ikke deg, kan du se bort fra denne e-posten: ingenting legges til kontoen din, og ingenting trekkes fra deg.",
  },
  signupConfirmed: {
    subject: "Abonnementet ditt på {product} har startet",
    intro: "Takk! Abonnementet ditt på {product} fra {shop} har startet. Dette har du avtalt:",
    price: "Pris: {price}",
    firstCharge: "Første betaling: {date}",
    paidWith: "Betales med {brand}. Du kan også se og stoppe avtalen i {brand}.",
    terms: "Salgsvilkår",
  },
  receipt: {
    subject: "Kvittering for {product}",
    intro: "Vi har mottatt {amount} for {product} fra {shop} {date}.",
    attached: "Kvitteringen ligger vedlagt som PDF.",
    action: "Se kvitteringen",
  },
  renewalNotice: {
    subject: "Abonnementet ditt på {product} fornyes {date}",
    intro: "Årsabonnementet ditt på {product} fornyes {date}, og da trekkes {amount} med {brand}.",
    introNoAmount: "Årsabonnementet ditt på {product} fornyes {date}, og da trekkes neste år med {brand}.",
    change: "Vil du endre eller stoppe det, gjør du det før denne datoen på kontosiden din.",
  },
  paused: {
    subject: "Abonnementet ditt på {product} er satt på pause",
    intro:
      "Abonnementet ditt på {product} er satt på pause til {date}. Perioder som starter før det, trekkes ikke.",
  },
  resumed: {
    subject: "Abonnementet ditt på {product} fortsetter",
    intro: "Abonnementet ditt på {product} fortsetter. Neste betaling er {date}.",
    introNoDate: "Abonnementet ditt på {product} fortsetter.",
  },
  planChanged: {
    subject: "Abonnementet ditt er nå {product}",
    intro:
      "Abonnementet ditt er nå {product}: {price}. Betalinger som allerede er gjort, beholder beløpet sitt.",
  },
  amountChanged: {
    subject: "Nytt beløp for {product}",
    intro: "Beløpet for {product} er nå {price}, fra neste betaling.",
  },
  stopScheduled: {
    subject: "Abonnementet ditt på {product} avsluttes {date}",
    intro:
      "Abonnementet ditt på {product} avsluttes {date}, når perioden du har betalt for, er over. Du blir ikke trukket igjen.",
  },
  stopped: {
    subject: "Abonnementet ditt på {product} er avsluttet",
    intro: "Abonnementet ditt på {product} er stoppet. Du blir ikke trukket igjen.",
    welcomeBack: "Du er velkommen tilbake når som helst.",
  },
  refunded: {
    subject: "Refusjon for {product}",
    intro:
      "{shop} har refundert {amount} for {product}. Avhengig av banken din er pengene på kontoen i løpet av noen dager.",
    action: "Se kvitteringen",
  },
  dunning: {
    subject: "Betalingen for {product} gikk ikke gjennom",
    stoppedSubject: "Abonnementet ditt på {product} er stoppet",
    failed: "Vi fikk ikke trukket {amount} for {product} fra {shop} med {brand} (forfall {date}).",
    step1: "Åpne {brand}-appen.",
    step2: "Finn avtalen for {product}. Appen viser hvorfor betalingen ikke gikk gjennom.",
    step3: "Sjekk at kortet på avtalen er gyldig og har dekning, eller velg et annet kort.",
    continues: "Abonnementet fortsetter, og neste periode trekkes som vanlig.",
    lastChance: "Hvis neste betaling også feiler, stopper vi abonnementet.",
    stopped:
      "Betalingen har nå feilet {count} ganger på rad, så vi har stoppet abonnementet. Du kan starte et nytt når du vil.",
    why: "Årsak: {reason}.",
    tooHighStep2: "Finn avtalen for {product}.",
    tooHighStep3: "Øk maksbeløpet på avtalen til minst {amount}, ellers kan ikke betalingen gå gjennom.",
    profileStep2:
      "Finn avtalen for {product}. Appen viser hva som må ordnes med profilen eller betalingsmåten din.",
    profileStep3: "Får du ikke ordnet det der, kontakt {shop}.",
    technical:
      "Dette var en teknisk feil hos {brand} eller banken din, ikke et problem med kortet ditt, så du trenger ikke gjøre noe.",
  },
  staffInvite: {
    subject: "Du er invitert til {shop} i Abo",
    intro: "{inviter} har invitert deg til abonnementsadministrasjonen til {shop} som {role}.",
    roleAdmin: "administrator",
    roleSupport: "kundestøtte",
    action: "Velg passord",
    expires: "Lenken virker én gang, i {days} dager.",
  },
  captureWarning: {
    subjectOne: "{count} reservasjon må trekkes snart",
    subjectOther: "{count} reservasjoner må trekkes snart",
    intro:
      "Disse reserverte betalingene hos {shop} når snart fristen for trekk. Trekk dem når ordren sendes (eller kanseller dem); etter fristen frigir Vipps MobilePay pengene til kunden.",
    line: "{orderId} ({product}): {amount} må trekkes innen {deadline} UTC",
  },
};
