import type { TEmailMessages } from "./types";

export const emailDa: TEmailMessages = {
  greeting: "Hej {name},",
  greetingNoName: "Hej,",
  contact: "Spørgsmål? Kontakt {shop} på {contact}.",
  contactNoAddress: "Spørgsmål? Kontakt {shop}.",
  manage: "Administrer dit abonnement",
  why: "Du får denne e-mail, fordi du har et abonnement hos {shop}.",
  signInLink: {
    subject: "Dit link til at logge ind",
    intro:
      "Brug dette link til at logge ind og administrere dine abonnementer. Det virker én gang, i 15 minutter.",
    action: "Log ind",
    ignore: "Hvis du ikke har bedt om det, kan du se bort fra denne e-mail.",
  },
  signUpClaim: {
    subject: "Tilføje {product} til din konto?",
    intro:
      "Nogen har startet et abonnement på {product} hos {shop} med denne e-mailadresse. Var det dig, så brug dette link til at tilføje det til din konto. Det virker i {days} dage.",
    action: "Tilføj det til min konto",
    ignore:
      "Var det ikke dig, kan du se bort fra denne e-mail: intet føjes til din konto, og du bliver ikke opkrævet noget.",
  },
  signupConfirmed: {
    subject: "Dit abonnement på {product} er startet",
    intro: "Tak! Dit abonnement på {product} fra {shop} er startet. Det har du aftalt:",
    price: "Pris: {price}",
    firstCharge: "Første betaling: {date}",
    paidWith: "Betales med {brand}. Du kan også se og stoppe aftalen i {brand}.",
    terms: "Salgsbetingelser",
  },
  receipt: {
    subject: "Kvittering for {product}",
    intro: "Vi har modtaget {amount} for {product} fra {shop} den {date}.",
    attached: "Kvitteringen er vedhæftet som PDF.",
    action: "Se kvitteringen",
  },
  renewalNotice: {
    subject: "Dit abonnement på {product} fornyes den {date}",
    intro: "Dit årsabonnement på {product} fornyes den {date}, og så trækkes {amount} med {brand}.",
    introNoAmount:
      "Dit årsabonnement på {product} fornyes den {date}, og så trækkes det næste år med {brand}.",
    change: "Vil du ændre eller stoppe det, så gør det før denne dato på din kontoside.",
  },
  paused: {
    subject: "Dit abonnement på {product} er sat på pause",
    intro:
      "Dit abonnement på {product} er sat på pause indtil {date}. Perioder, der starter før, trækkes ikke.",
  },
  resumed: {
    subject: "Dit abonnement på {product} fortsætter",
    intro: "Dit abonnement på {product} fortsætter. Næste betaling er den {date}.",
    introNoDate: "Dit abonnement på {product} fortsætter.",
  },
  planChanged: {
    subject: "Dit abonnement er nu {product}",
    intro:
      "Dit abonnement er nu {product}: {price}. Betalinger, der allerede er gennemført, beholder deres beløb.",
  },
  amountChanged: {
    subject: "Nyt beløb for {product}",
    intro: "Beløbet for {product} er nu {price} fra næste betaling.",
  },
  stopScheduled: {
    subject: "Dit abonnement på {product} slutter den {date}",
    intro:
      "Dit abonnement på {product} slutter den {date}, når den periode, du har betalt for, udløber. Du bliver ikke trukket igen.",
  },
  stopped: {
    subject: "Dit abonnement på {product} er afsluttet",
    intro: "Dit abonnement på {product} er stoppet. Du bliver ikke trukket igen.",
    welcomeBack: "Du er velkommen tilbage når som helst.",
  },
  refunded: {
    subject: "Refusion for {product}",
    intro:
      "{shop} har refunderet {amount} for {product}. Afhængigt af din bank er pengene på din konto inden for få dage.",
    action: "Se kvitteringen",
  },
  dunning: {
    subject: "Din betaling for {product} gik ikke igennem",
    stoppedSubject: "Dit abonnement på {product} er stoppet",
    failed: "Vi kunne ikke trække {amount} for {product} fra {shop} med {brand} (forfald {date}).",
    step1: "Åbn {brand}-appen.",
    step2: "Find aftalen for {product}. Appen viser, hvorfor betalingen ikke gik igennem.",
    step3: "Tjek, at kortet på aftalen er gyldigt og har dækning, eller vælg et andet kort.",
    continues: "Dit abonnement fortsætter, og næste periode trækkes som normalt.",
    lastChance: "Hvis næste betaling også fejler, stopper vi abonnementet.",
    stopped:
      "Betalingen er nu fejlet {count} gange i træk, så vi har stoppet abonnementet. Du er velkommen til at starte et nyt når som helst.",
    why: "Årsag: {reason}.",
    tooHighStep2: "Find aftalen for {product}.",
    tooHighStep3:
      "Hæv det maksimale beløb på aftalen til mindst {amount}, ellers kan betalingen ikke gå igennem.",
    profileStep2:
      "Find aftalen for {product}. Appen viser, hvad der skal ordnes med din profil eller betalingsmåde.",
    profileStep3: "Kan du ikke ordne det der, så kontakt {shop}.",
    technical:
      "Det var en teknisk fejl hos {brand} eller din bank, ikke et problem med dit kort, så du behøver ikke at gøre noget.",
  },
  staffInvite: {
    subject: "Du er inviteret til {shop} i Abo",
    intro: "{inviter} har inviteret dig til {shop}s abonnementsadministration som {role}.",
    roleAdmin: "administrator",
    roleSupport: "kundeservice",
    action: "Vælg din adgangskode",
    expires: "Linket virker én gang, i {days} dage.",
  },
  captureWarning: {
    subjectOne: "{count} reservation skal snart hæves",
    subjectOther: "{count} reservationer skal snart hæves",
    intro:
      "Disse reserverede betalinger hos {shop} når snart fristen for at hæve dem. Hæv dem, når ordren sendes (eller annullér dem); efter fristen frigiver Vipps MobilePay pengene til kunden.",
    line: "{orderId} ({product}): {amount} skal hæves senest {deadline} UTC",
  },
};
