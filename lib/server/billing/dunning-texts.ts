import "server-only";
import type { TBrand } from "@/components/brand/brand";
import { failureReasonWords, type TFailureReason } from "@/lib/domain/failure-reason";
import type { TLocale } from "@/lib/i18n/locales";

// The dunning emails, in the customer's language, naming the app of their market on the day they
// are sent (`brandOf`): Vipps in Norway, MobilePay in Denmark and Finland until it becomes Vipps.
// Vipps gives merchants only a coarse failureReason (FACTS §6.1), so the mail names it in plain
// words, picks the steps that fit it, and sends the customer to the app for the details.

export type TDunningFacts = {
  name: string | null;
  product: string;
  merchant: string;
  brand: TBrand;
  amount: string;
  due: string;
  contact: string | null;
  /** Failed payments in a row, and the policy's limit (null: never stops by itself). */
  failures: number;
  stopAfter: number | null;
  stopped: boolean;
  /** Vipps's failureReason for the charge; null when it gave none. */
  reason: TFailureReason | null;
};

type TTexts = {
  subject: (f: TDunningFacts) => string;
  stoppedSubject: (f: TDunningFacts) => string;
  greeting: (f: TDunningFacts) => string;
  failed: (f: TDunningFacts) => string;
  /** The reason in plain words, as a sentence around them. */
  why: string;
  /** What to do: the card steps for user_action_required and unknown reasons, else the reason's own. */
  steps: (f: TDunningFacts) => string[];
  tooHighSteps: (f: TDunningFacts) => string[];
  profileSteps: (f: TDunningFacts) => string[];
  technical: (f: TDunningFacts) => string;
  continues: string;
  lastChance: string;
  stopped: (f: TDunningFacts) => string;
  contact: (f: TDunningFacts) => string;
};

const TEXTS: Record<TLocale, TTexts> = {
  en: {
    subject: (f) => `Your payment for ${f.product} did not go through`,
    stoppedSubject: (f) => `Your ${f.product} subscription has been stopped`,
    greeting: (f) => (f.name ? `Hi ${f.name},` : "Hi,"),
    failed: (f) =>
      `We could not take the payment of ${f.amount} for ${f.product} from ${f.merchant} with ${f.brand} (due ${f.due}).`,
    why: "Reason: {reason}.",
    steps: (f) => [
      `Open the ${f.brand} app.`,
      `Find the agreement for ${f.product}. The app shows why the payment failed.`,
      "Check that the card on the agreement is valid and has enough money, or choose another card.",
    ],
    tooHighSteps: (f) => [
      `Open the ${f.brand} app.`,
      `Find the agreement for ${f.product}.`,
      `Raise the maximum amount on the agreement to at least ${f.amount}, or the payment cannot go through.`,
    ],
    profileSteps: (f) => [
      `Open the ${f.brand} app.`,
      `Find the agreement for ${f.product}. The app shows what needs fixing on your profile or payment method.`,
      `If you cannot fix it there, contact ${f.merchant}.`,
    ],
    technical: (f) =>
      `This was a technical problem at ${f.brand} or your bank, not a problem with your card, so there is nothing you need to do.`,
    continues: "Your subscription continues, and the next period will be charged as usual.",
    lastChance: "If the next payment fails too, we will stop the subscription.",
    stopped: (f) =>
      `The payment has now failed ${f.failures} times in a row, so we have stopped the subscription. You are welcome to start a new one at any time.`,
    contact: (f) => `Questions? Contact ${f.merchant}${f.contact ? ` at ${f.contact}` : ""}.`,
  },
  nb: {
    subject: (f) => `Betalingen for ${f.product} gikk ikke gjennom`,
    stoppedSubject: (f) => `Abonnementet ditt på ${f.product} er stoppet`,
    greeting: (f) => (f.name ? `Hei ${f.name},` : "Hei,"),
    failed: (f) =>
      `Vi fikk ikke trukket ${f.amount} for ${f.product} fra ${f.merchant} med ${f.brand} (forfall ${f.due}).`,
    why: "Årsak: {reason}.",
    steps: (f) => [
      `Åpne ${f.brand}-appen.`,
      `Finn avtalen for ${f.product}. Appen viser hvorfor betalingen ikke gikk gjennom.`,
      "Sjekk at kortet på avtalen er gyldig og har dekning, eller velg et annet kort.",
    ],
    tooHighSteps: (f) => [
      `Åpne ${f.brand}-appen.`,
      `Finn avtalen for ${f.product}.`,
      `Øk maksbeløpet på avtalen til minst ${f.amount}, ellers kan ikke betalingen gå gjennom.`,
    ],
    profileSteps: (f) => [
      `Åpne ${f.brand}-appen.`,
      `Finn avtalen for ${f.product}. Appen viser hva som må ordnes med profilen eller betalingsmåten din.`,
      `Får du ikke ordnet det der, kontakt ${f.merchant}.`,
    ],
    technical: (f) =>
      `Dette var en teknisk feil hos ${f.brand} eller banken din, ikke et problem med kortet ditt, så du trenger ikke gjøre noe.`,
    continues: "Abonnementet fortsetter, og neste periode trekkes som vanlig.",
    lastChance: "Hvis neste betaling også feiler, stopper vi abonnementet.",
    stopped: (f) =>
      `Betalingen har nå feilet ${f.failures} ganger på rad, så vi har stoppet abonnementet. Du kan starte et nytt når du vil.`,
    contact: (f) => `Spørsmål? Kontakt ${f.merchant}${f.contact ? ` på ${f.contact}` : ""}.`,
  },
  da: {
    subject: (f) => `Din betaling for ${f.product} gik ikke igennem`,
    stoppedSubject: (f) => `Dit abonnement på ${f.product} er stoppet`,
    greeting: (f) => (f.name ? `Hej ${f.name},` : "Hej,"),
    failed: (f) =>
      `Vi kunne ikke trække ${f.amount} for ${f.product} fra ${f.merchant} med ${f.brand} (forfald ${f.due}).`,
    why: "Årsag: {reason}.",
    steps: (f) => [
      `Åbn ${f.brand}-appen.`,
      `Find aftalen for ${f.product}. Appen viser, hvorfor betalingen ikke gik igennem.`,
      "Tjek, at kortet på aftalen er gyldigt og har dækning, eller vælg et andet kort.",
    ],
    tooHighSteps: (f) => [
      `Åbn ${f.brand}-appen.`,
      `Find aftalen for ${f.product}.`,
      `Hæv det maksimale beløb på aftalen til mindst ${f.amount}, ellers kan betalingen ikke gå igennem.`,
    ],
    profileSteps: (f) => [
      `Åbn ${f.brand}-appen.`,
      `Find aftalen for ${f.product}. Appen viser, hvad der skal ordnes med din profil eller betalingsmåde.`,
      `Kan du ikke ordne det der, så kontakt ${f.merchant}.`,
    ],
    technical: (f) =>
      `Det var en teknisk fejl hos ${f.brand} eller din bank, ikke et problem med dit kort, så du behøver ikke at gøre noget.`,
    continues: "Dit abonnement fortsætter, og næste periode trækkes som normalt.",
    lastChance: "Hvis næste betaling også fejler, stopper vi abonnementet.",
    stopped: (f) =>
      `Betalingen er nu fejlet ${f.failures} gange i træk, så vi har stoppet abonnementet. Du er velkommen til at starte et nyt når som helst.`,
    contact: (f) => `Spørgsmål? Kontakt ${f.merchant}${f.contact ? ` på ${f.contact}` : ""}.`,
  },
  fi: {
    subject: (f) => `Maksu tilauksesta ${f.product} ei onnistunut`,
    stoppedSubject: (f) => `Tilauksesi ${f.product} on lopetettu`,
    greeting: (f) => (f.name ? `Hei ${f.name},` : "Hei,"),
    failed: (f) =>
      `Emme saaneet veloitettua ${f.amount} tilauksesta ${f.product} (${f.merchant}) ${f.brand}-sovelluksella (eräpäivä ${f.due}).`,
    why: "Syy: {reason}.",
    steps: (f) => [
      `Avaa ${f.brand}-sovellus.`,
      `Etsi sopimus ${f.product}. Sovellus näyttää, miksi maksu epäonnistui.`,
      "Tarkista, että sopimuksen kortti on voimassa ja tilillä on katetta, tai valitse toinen kortti.",
    ],
    tooHighSteps: (f) => [
      `Avaa ${f.brand}-sovellus.`,
      `Etsi sopimus ${f.product}.`,
      `Nosta sopimuksen enimmäismäärä vähintään summaan ${f.amount}, muuten maksu ei voi onnistua.`,
    ],
    profileSteps: (f) => [
      `Avaa ${f.brand}-sovellus.`,
      `Etsi sopimus ${f.product}. Sovellus näyttää, mitä profiilissasi tai maksutavassasi pitää korjata.`,
      `Jos et voi korjata sitä siellä, ota yhteyttä: ${f.merchant}.`,
    ],
    technical: (f) =>
      `Kyse oli teknisestä viasta palvelussa ${f.brand} tai pankissasi, ei korttisi ongelmasta, joten sinun ei tarvitse tehdä mitään.`,
    continues: "Tilauksesi jatkuu, ja seuraava jakso veloitetaan tavalliseen tapaan.",
    lastChance: "Jos myös seuraava maksu epäonnistuu, lopetamme tilauksen.",
    stopped: (f) =>
      `Maksu on nyt epäonnistunut ${f.failures} kertaa peräkkäin, joten lopetimme tilauksen. Voit aloittaa uuden tilauksen milloin tahansa.`,
    contact: (f) => `Kysyttävää? Ota yhteyttä: ${f.merchant}${f.contact ? `, ${f.contact}` : ""}.`,
  },
};

/** The subject and plain-text body of a dunning email. */
export function dunningEmail(locale: TLocale, facts: TDunningFacts): { subject: string; text: string } {
  const t = TEXTS[locale];
  const { reason } = facts;
  const paragraphs = [t.greeting(facts), t.failed(facts)];
  if (reason && reason !== "other")
    paragraphs.push(t.why.replace("{reason}", failureReasonWords(reason, locale, facts.brand)));
  if (facts.stopped) paragraphs.push(t.stopped(facts));
  else {
    const steps =
      reason === "charge_amount_too_high"
        ? t.tooHighSteps(facts)
        : reason === "non_technical_error"
          ? t.profileSteps(facts)
          : t.steps(facts);
    paragraphs.push(
      reason === "technical_error"
        ? t.technical(facts)
        : steps.map((step, i) => `${i + 1}. ${step}`).join("\n"),
      t.continues,
    );
    if (facts.stopAfter !== null && facts.failures + 1 >= facts.stopAfter) paragraphs.push(t.lastChance);
  }
  paragraphs.push(t.contact(facts), facts.merchant);
  return {
    subject: facts.stopped ? t.stoppedSubject(facts) : t.subject(facts),
    text: paragraphs.join("\n\n"),
  };
}
