import type { TStaffTextMessages } from "./types";

export const staffTextNb: TStaffTextMessages = {
  workList: {
    columns: {
      orderId: "Ordre-ID",
      customer: "Kunde",
      product: "Produkt",
      amount: "Beløp",
      due: "Forfall",
      reason: "Årsak til feil",
      detail: "Detaljer",
      status: "Status",
      capturable: "Kan fortsatt trekkes",
      deadline: "Frist for trekk",
      agreement: "Avtale",
      vippsAgreementId: "Vipps avtale-ID",
      phone: "Telefon",
      created: "Opprettet",
      time: "Tidspunkt",
      operation: "Operasjon",
      request: "Forespørsel",
      problem: "Problem",
      idempotencyKey: "Idempotency-Key",
      queue: "Kø",
      failed: "Mislyktes",
      attempts: "Forsøk",
      error: "Feil",
      job: "Jobb-ID",
    },
    failedCharges: {
      title: "Mislykkede trekk",
      description:
        "Trekk Vipps MobilePay ikke kunne gjennomføre, eller nektet å opprette. Seneste forfallsdato først.",
    },
    awaitingCapture: {
      title: "Reservert, venter på trekk",
      description:
        "Reservasjoner som skal trekkes (ved levering) eller kanselleres før fristen. Nærmeste frist først.",
      deadlinePassed: "{date} (utløpt: frigitt)",
    },
    pendingAgreements: {
      title: "Avtaler som venter",
      description:
        "Avtaler som venter på at kunden godkjenner dem i appen (de utløper etter 10 minutter hos Vipps). Nyeste først.",
      notSentYet: "(ikke sendt ennå)",
    },
    vippsErrors: {
      title: "Siste feil fra Vipps",
      description:
        "Kall til Vipps MobilePay som endte med en feilstatus eller ikke fikk svar, slik Vipps svarte. Nyeste først.",
      noAnswer: "ikke svar",
    },
    failedJobs: {
      title: "Mislykkede bakgrunnsjobber",
      descriptionForAdmin:
        "Bakgrunnsjobber som har brukt opp sine nye forsøk. Nyeste først; kjør dem på nytt på System-siden.",
      description:
        "Bakgrunnsjobber som har brukt opp sine nye forsøk. Nyeste først; en administrator kan kjøre dem på nytt på System-siden.",
    },
  },
  stopExplanation: {
    cause: {
      CUSTOMER: "Kunden stoppet den på kontoen sin",
      USER_IN_APP: "Kunden stoppet den i Vipps MobilePay-appen",
      STAFF: "Stoppet av en ansatt (eller ved slutten av den betalte perioden de satte)",
      FAILED_PAYMENT: "Stoppet av purringen: betalingene gikk ikke gjennom",
      VIPPS_ADMIN: "Stoppet av Vipps MobilePay: kundens Vipps-profil ble slettet",
      REJECTED: "Kunden avslo den i appen",
      EXPIRED: "Ikke godkjent i tide: Vipps MobilePay lot den utløpe",
    },
    withActor: "{why} (aktør {actor})",
    onlyActor: "Stoppet (aktør {actor})",
  },
  failureReason: "{words} ({code})",

  fixFields: "Ingenting ble lagret eller sendt. Rett feltene som er merket nedenfor.",
  fieldErrors: {
    reasonRequired: "Skriv hvorfor du gjør dette; det havner i revisjonsloggen",
    reasonTooShort: "Skriv hvorfor du gjør dette (minst {min} tegn); det havner i revisjonsloggen",
    max500: "Høyst 500 tegn",
    max400: "Høyst 400 tegn",
    max100: "Høyst 100 tegn",
    max45: "Høyst 45 tegn",
    amountRequired: "Skriv inn et beløp",
    amountAboveZero: "Beløpet må være over null",
    amountFormat: "Skriv inn et beløp som 149,50 (bare tall, høyst to desimaler)",
    amountTooLarge: "Beløpet er for stort",
    amountAtMost: "Høyst {amount}",
    amountAtLeast: "Minst {amount}",
    refundDescription: "Skriv hva kunden skal se (1 til 100 tegn)",
    chooseRefundReason: "Velg hvorfor du refunderer",
    refundDetails: "Skriv hva som skjedde (minst {min} tegn); det havner i revisjonsloggen",
    intervalCount: "Et helt tall fra 1 til 31",
    atLeast1: "Minst 1",
    atMost31: "Høyst 31",
    chooseChargeType: "Velg fast eller uplanlagt",
    chargeDescription: "Skriv hva kunden skal se (1 til 45 tegn)",
    retryDays: "0 til 14 dager",
    chooseDueDate: "Velg en forfallsdato",
    badText: "Fjern de usynlige eller ødelagte tegnene (et NUL-tegn eller en halv emoji) og prøv igjen",
  },
  checklist: {
    status: { met: "Oppfylt", missing: "Mangler", notYet: "Ikke ennå" },
    at: "{time} UTC",
    never: "aldri",
    none: "-",
    title: "Vipps MobilePay Recurring API: sjekkliste for produksjonssetting for {merchant}",
    salesUnit: "Salgsenhet: {name} (MSN {msn}, {market}, {environment}, {baseUrl})",
    environment: { TEST: "testmiljø", PRODUCTION: "produksjonsmiljø" },
    generated: "Laget: {time} fra Abos egne opplysninger (kall-logg, webhooks, revisjonslogg).",
    verification: {
      title: "Kontroll i testmiljøet",
      requirement:
        "Vis avtaler som ender ACTIVE og STOPPED, og RECURRING-trekk som ender CHARGED og REFUNDED, i testmiljøet.",
      run: "Kjøring {id}: {status}, startet {started}{finished}.{error}",
      finished: ", ferdig {time}",
      error: " Feil: {error}",
      head: {
        step: "Steg",
        expected: "Forventet",
        endState: "Sluttstatus",
        vippsAgreementId: "Vipps avtale-ID",
        orderId: "orderId (chargeId)",
        result: "Resultat",
      },
      extra: "{title} (ekstra)",
      noSteps: "Ingen steg registrert.",
      notRun: "Ikke kjørt ennå: bruk «{button}» på sjekklistesiden.",
      steps: {
        "agreement-active": "En avtale som ender ACTIVE (tvangsgodkjent med testbrukeren)",
        "agreement-stopped": "En avtale som ender STOPPED (godkjent, så stoppet av brukerstedet)",
        "agreement-updated": "Oppdater avtale (produktbeskrivelsen endret)",
        "charge-cancelled": "Et RECURRING-trekk kansellert før forfallsdatoen",
        "charge-charged": "Et RECURRING-trekk som ender CHARGED (reservert av batchen, trukket)",
        "charge-refunded": "Et RECURRING-trekk som ender REFUNDED (trukket, så refundert i sin helhet)",
      },
    },
    endpoints: {
      title: "Endepunkter",
      requirement:
        "Opprett, hent og oppdater (inkl. stopp) avtale; list trekk; opprett, hent, kanseller, refunder og trekk reservert trekk.",
      head: {
        endpoint: "Endepunkt",
        request: "Forespørsel",
        calls: "Kall OK / feilet ({days} dager)",
        examples: "Siste orderId-er / avtale-ID-er",
        last: "Siste vellykkede",
      },
      label: {
        "create-agreement": "Opprett avtale",
        "get-agreement": "Hent avtale",
        "update-agreement": "Oppdater avtale (inkl. stopp)",
        "list-charges": "List trekk",
        "create-charge": "Opprett trekk",
        "get-charge": "Hent trekk",
        "cancel-charge": "Kanseller trekk",
        "capture-charge": "Trekk reservert beløp (capture)",
        "refund-charge": "Refunder trekk",
      },
    },
    headers: {
      title: "Standardheadere på hvert kall",
      requirement:
        "Merchant-Serial-Number og headerne Vipps-System-Name, -Version, -Plugin-Name og -Plugin-Version.",
      carried: "{carried} av de siste {checked} kallene hadde alle fem headerne.",
      notSeen: "(ikke sett)",
    },
    idempotency: {
      title: "Idempotency-Key på hver endring",
      requirement:
        "POST-, PATCH- og DELETE-kall har en Idempotency-Key, lagret før kallet og gjenbrukt ved nye forsøk.",
      text: "{count} endrende kall uten nøkkel de siste {days} dagene. Nøklene lagres med hver operasjon (VippsOperation) og hvert trekk før kallet gjøres.",
    },
    errors: {
      title: "Feilhåndtering og logging",
      requirement: "Logg endepunkt, headere, body og hele feilsvar; vis feil til kunder og ansatte.",
      text: "Hvert kall lagres med sladdede headere, body, status og Vipps' problemdetaljer (VippsCall); ansatte ser dem i kundestøttekonsollen, slik de kom.",
      head: {
        time: "Tidspunkt",
        operation: "Operasjon",
        status: "Status",
        problem: "Problem",
        detail: "Detaljer",
        orderId: "orderId",
      },
      noAnswer: "ikke svar",
      none: "Ingen mislykkede kall registrert i perioden.",
    },
    polling: {
      title: "Polling, stoler aldri på redirecten",
      requirement:
        "Finn utfallet ved å polle GET agreement (og trekk) i tillegg til webhooks; redirecten kommer kanskje aldri.",
      text: "GET agreement kalt {agreements} ganger og GET charge {charges} ganger de siste {days} dagene; Abo poller en ny avtale fra 5 sekunder etter redirecten, med økende intervall.",
    },
    webhooks: {
      title: "Webhooks",
      requirement: "Motta recurring-webhookene (HMAC-verifisert) i tillegg til polling.",
      atVipps:
        "Hos Vipps MobilePay (lest {time}): registrering {id} leverer {count} hendelser til {url}, slik Abo forventer.",
      notMet: "Ikke oppfylt (lest fra Vipps MobilePay {time}): {problem}",
      record:
        "Abos opplysninger: {url} ({time}). Vipps har {registrations} registreringer for denne salgsenheten, høyst {most} av 25 for én hendelse. Siste hendelse mottatt: {last}.",
      notRegistered: "ikke registrert",
      lastEvent: "{type} {time}",
      noLastEvent: "ingen",
      noEvents: "Ingen hendelser mottatt i perioden.",
    },
    selfService: {
      title: "Selvbetjening på merchantAgreementUrl",
      requirement: "Hver avtale lenker til en side der kunden ser, endrer eller stopper abonnementet sitt.",
      text: "Siste merchantAgreementUrl sendt: {url}. Stopp fra brukeren håndtert: {stops} avtaler stoppet av brukeren i appen.",
      noDraft: "(ingen avtale opprettet ennå)",
    },
    terms: {
      title: "Vilkår godtatt før avtalen",
      requirement: "Innhent uttrykkelig aksept av brukerstedets vilkår før en avtale opprettes.",
      text: "Vilkår: {url}. {count} avtaler har registrert når vilkårene ble godtatt.",
      noUrl: "(ingen vilkårs-URL satt)",
    },
    backOffice: {
      title: "Trekk, kansellering og refusjon i back office",
      requirement: "Kundestøtte håndterer trekk, kanselleringer, refusjoner og stopp uten Vipps-portalen.",
      text: "Handlinger i kundestøttekonsollen de siste {days} dagene (hver logget med hvem, hvorfor og Idempotency-Key): trekk {capture}, kanseller {cancel}, refunder {refund}, stopp {stop}.",
    },
    chargeTiming: {
      title: "Trekk opprettes tidlig, med dager for nye forsøk",
      requirement:
        "Opprett trekk minst en dag i forveien (helst uker) og gi dem minst 2 dager for nye forsøk.",
      text: "Trekk planlegges {lead} dager før forfall, med {retry} dager for nye forsøk.",
    },
    branding: {
      title: "Merkenavn og knapper følger markedet",
      requirement:
        "Knapper, tekster, e-poster og kvitteringer bruker navnet på kundens app (Vipps eller MobilePay) i dens egen farge, slik merkevareretningslinjene sier.",
      text: "Denne salgsenheten ({market}) viser {brand} nå. {change}",
      norway: "Norge har alltid vist Vipps.",
      change:
        "MobilePay blir Vipps i Danmark og Finland 12. januar 2027: Abo viser MobilePay til {time} (midnatt i København) og Vipps fra da av, med samme blå farge. Avtaler, nøkler og webhooks berøres ikke.",
    },
    secrets: {
      title: "Hemmeligheter på serveren, tokener mellomlagret",
      requirement: "Hold nøkler på serveren, mellomlagre tilgangstokener, bruk testnøkler under utvikling.",
      text: "Påloggingsopplysninger er kryptert på disk og sendes aldri til nettlesere; tilgangstokener mellomlagres til kort før de utløper; kall-loggen lagrer headere med påloggingsopplysninger og tokener sladdet.",
    },
  },
};
