import type { TStaffTextMessages } from "./types";

export const staffTextDa: TStaffTextMessages = {
  workList: {
    columns: {
      orderId: "Ordre-id",
      customer: "Kunde",
      product: "Produkt",
      amount: "Beløb",
      due: "Forfald",
      reason: "Årsag til fejl",
      detail: "Detaljer",
      status: "Status",
      capturable: "Kan stadig hæves",
      deadline: "Frist for hævning",
      agreement: "Aftale",
      vippsAgreementId: "Vipps aftale-id",
      phone: "Telefon",
      created: "Oprettet",
      time: "Tidspunkt",
      operation: "Operation",
      request: "Forespørgsel",
      problem: "Problem",
      idempotencyKey: "Idempotency-Key",
      queue: "Kø",
      failed: "Mislykkedes",
      attempts: "Forsøg",
      error: "Fejl",
      job: "Job-id",
    },
    failedCharges: {
      title: "Mislykkede træk",
      description:
        "Træk som Vipps MobilePay ikke kunne gennemføre eller nægtede at oprette. Seneste forfaldsdato først.",
    },
    awaitingCapture: {
      title: "Reserveret, venter på hævning",
      description:
        "Reservationer der skal hæves (ved levering) eller annulleres inden fristen. Nærmeste frist først.",
      deadlinePassed: "{date} (overskredet: frigivet)",
    },
    pendingAgreements: {
      title: "Afventende aftaler",
      description:
        "Aftaler der venter på, at kunden godkender dem i appen (de udløber efter 10 minutter hos Vipps). Nyeste først.",
      notSentYet: "(ikke sendt endnu)",
    },
    vippsErrors: {
      title: "Seneste fejl fra Vipps",
      description:
        "Kald til Vipps MobilePay, der endte med en fejlstatus eller ikke fik svar, som Vipps svarede. Nyeste først.",
      noAnswer: "intet svar",
    },
    failedJobs: {
      title: "Mislykkede baggrundsjob",
      descriptionForAdmin:
        "Baggrundsjob der har brugt alle deres genforsøg. Nyeste først; kør dem igen på System-siden.",
      description:
        "Baggrundsjob der har brugt alle deres genforsøg. Nyeste først; en administrator kan køre dem igen på System-siden.",
    },
  },
  stopExplanation: {
    cause: {
      CUSTOMER: "Kunden stoppede den på sin konto",
      USER_IN_APP: "Kunden stoppede den i Vipps MobilePay-appen",
      STAFF: "Stoppet af en medarbejder (eller ved slutningen af den betalte periode, de satte)",
      FAILED_PAYMENT: "Stoppet af rykkerforløbet: betalingerne gik ikke igennem",
      VIPPS_ADMIN: "Stoppet af Vipps MobilePay: kundens Vipps-profil blev slettet",
      REJECTED: "Kunden afviste den i appen",
      EXPIRED: "Ikke godkendt i tide: Vipps MobilePay lod den udløbe",
    },
    withActor: "{why} (aktør {actor})",
    onlyActor: "Stoppet (aktør {actor})",
  },
  failureReason: "{words} ({code})",

  fixFields: "Intet blev gemt eller sendt. Ret de markerede felter nedenfor.",
  fieldErrors: {
    reasonRequired: "Skriv, hvorfor du gør dette; det kommer i revisionsloggen",
    reasonTooShort: "Skriv, hvorfor du gør dette (mindst {min} tegn); det kommer i revisionsloggen",
    max500: "Højst 500 tegn",
    max400: "Højst 400 tegn",
    max100: "Højst 100 tegn",
    max45: "Højst 45 tegn",
    amountRequired: "Indtast et beløb",
    amountAboveZero: "Beløbet skal være over nul",
    amountFormat: "Indtast et beløb som 149,50 (kun tal, højst to decimaler)",
    amountTooLarge: "Beløbet er for stort",
    amountAtMost: "Højst {amount}",
    amountAtLeast: "Mindst {amount}",
    refundDescription: "Skriv, hvad kunden skal se (1 til 100 tegn)",
    chooseRefundReason: "Vælg, hvorfor du refunderer",
    refundDetails: "Skriv, hvad der skete (mindst {min} tegn); det kommer i revisionsloggen",
    intervalCount: "Et helt tal fra 1 til 31",
    atLeast1: "Mindst 1",
    atMost31: "Højst 31",
    chooseChargeType: "Vælg fast eller uplanlagt",
    chargeDescription: "Skriv, hvad kunden skal se (1 til 45 tegn)",
    retryDays: "0 til 14 dage",
    chooseDueDate: "Vælg en forfaldsdato",
    badText: "Fjern de usynlige eller ødelagte tegn (et NUL-tegn eller en halv emoji), og prøv igen",
  },
  checklist: {
    status: { met: "Opfyldt", missing: "Mangler", notYet: "Ikke endnu" },
    at: "{time} UTC",
    never: "aldrig",
    none: "-",
    title: "Vipps MobilePay Recurring API: tjekliste til go-live for {merchant}",
    salesUnit: "Salgsenhed: {name} (MSN {msn}, {market}, {environment}, {baseUrl})",
    environment: { TEST: "testmiljø", PRODUCTION: "produktionsmiljø" },
    generated: "Lavet: {time} ud fra Abos egne data (kaldlog, webhooks, revisionslog).",
    verification: {
      title: "Kontrol i testmiljøet",
      requirement:
        "Vis aftaler, der ender ACTIVE og STOPPED, og RECURRING-træk, der ender CHARGED og REFUNDED, i testmiljøet.",
      run: "Kørsel {id}: {status}, startet {started}{finished}.{error}",
      finished: ", færdig {time}",
      error: " Fejl: {error}",
      head: {
        step: "Trin",
        expected: "Forventet",
        endState: "Slutstatus",
        vippsAgreementId: "Vipps aftale-id",
        orderId: "orderId (chargeId)",
        result: "Resultat",
      },
      extra: "{title} (ekstra)",
      noSteps: "Ingen trin registreret.",
      notRun: "Ikke kørt endnu: brug »{button}« på tjeklistesiden.",
      steps: {
        "agreement-active": "En aftale, der ender ACTIVE (tvangsgodkendt med testbrugeren)",
        "agreement-stopped": "En aftale, der ender STOPPED (godkendt, derefter stoppet af forretningen)",
        "agreement-updated": "Opdater aftale (produktbeskrivelsen ændret)",
        "charge-cancelled": "Et RECURRING-træk annulleret før forfaldsdatoen",
        "charge-charged": "Et RECURRING-træk, der ender CHARGED (reserveret af batchen, hævet)",
        "charge-refunded": "Et RECURRING-træk, der ender REFUNDED (hævet, derefter refunderet fuldt ud)",
      },
    },
    endpoints: {
      title: "Endpoints",
      requirement:
        "Opret, hent og opdater (inkl. stop) aftale; list træk; opret, hent, annuller, refunder og hæv træk.",
      head: {
        endpoint: "Endpoint",
        request: "Forespørgsel",
        calls: "Kald OK / fejlet ({days} dage)",
        examples: "Seneste orderId'er / aftale-id'er",
        last: "Seneste succes",
      },
      label: {
        "create-agreement": "Opret aftale",
        "get-agreement": "Hent aftale",
        "update-agreement": "Opdater aftale (inkl. stop)",
        "list-charges": "List træk",
        "create-charge": "Opret træk",
        "get-charge": "Hent træk",
        "cancel-charge": "Annuller træk",
        "capture-charge": "Hæv træk (capture)",
        "refund-charge": "Refunder træk",
      },
    },
    headers: {
      title: "Standardheadere på hvert kald",
      requirement:
        "Merchant-Serial-Number og headerne Vipps-System-Name, -Version, -Plugin-Name og -Plugin-Version.",
      carried: "{carried} af de seneste {checked} kald havde alle fem headere.",
      notSeen: "(ikke set)",
    },
    idempotency: {
      title: "Idempotency-Key på hver ændring",
      requirement:
        "POST-, PATCH- og DELETE-kald har en Idempotency-Key, gemt før kaldet og genbrugt ved genforsøg.",
      text: "{count} ændrende kald uden nøgle de seneste {days} dage. Nøglerne gemmes med hver operation (VippsOperation) og hvert træk, før kaldet foretages.",
    },
    errors: {
      title: "Fejlhåndtering og logning",
      requirement: "Log endpoint, headere, body og hele fejlsvar; vis fejl til kunder og medarbejdere.",
      text: "Hvert kald gemmes med maskerede headere, body, status og Vipps' problemdetaljer (VippsCall); medarbejdere ser dem i supportkonsollen, som de kom.",
      head: {
        time: "Tidspunkt",
        operation: "Operation",
        status: "Status",
        problem: "Problem",
        detail: "Detaljer",
        orderId: "orderId",
      },
      noAnswer: "intet svar",
      none: "Ingen mislykkede kald registreret i perioden.",
    },
    polling: {
      title: "Polling, stoler aldrig på redirecten",
      requirement:
        "Find udfaldet ved at polle GET agreement (og træk) ud over webhooks; redirecten kommer måske aldrig.",
      text: "GET agreement kaldt {agreements} gange og GET charge {charges} gange de seneste {days} dage; Abo poller en ny aftale fra 5 sekunder efter redirecten, med voksende interval.",
    },
    webhooks: {
      title: "Webhooks",
      requirement: "Modtag recurring-webhooks (HMAC-verificeret) ud over polling.",
      atVipps:
        "Hos Vipps MobilePay (læst {time}): registrering {id} leverer {count} hændelser til {url}, som Abo forventer.",
      notMet: "Ikke opfyldt (læst fra Vipps MobilePay {time}): {problem}",
      record:
        "Abos data: {url} ({time}). Vipps har {registrations} registreringer for denne salgsenhed, højst {most} af 25 for én hændelse. Seneste hændelse modtaget: {last}.",
      notRegistered: "ikke registreret",
      lastEvent: "{type} {time}",
      noLastEvent: "ingen",
      noEvents: "Ingen hændelser modtaget i perioden.",
    },
    selfService: {
      title: "Selvbetjening på merchantAgreementUrl",
      requirement: "Hver aftale linker til en side, hvor kunden ser, ændrer eller stopper sit abonnement.",
      text: "Seneste merchantAgreementUrl sendt: {url}. Stop fra brugeren håndteret: {stops} aftaler stoppet af brugeren i appen.",
      noDraft: "(ingen aftale oprettet endnu)",
    },
    terms: {
      title: "Betingelser accepteret før aftalen",
      requirement: "Indhent udtrykkelig accept af forretningens betingelser, før en aftale oprettes.",
      text: "Betingelser: {url}. {count} aftaler har registreret, hvornår betingelserne blev accepteret.",
      noUrl: "(ingen URL til betingelser angivet)",
    },
    backOffice: {
      title: "Hævning, annullering og refusion i back office",
      requirement: "Support håndterer hævninger, annulleringer, refusioner og stop uden Vipps-portalen.",
      text: "Handlinger i supportkonsollen de seneste {days} dage (hver logget med hvem, hvorfor og Idempotency-Key): hæv {capture}, annuller {cancel}, refunder {refund}, stop {stop}.",
    },
    chargeTiming: {
      title: "Træk oprettes tidligt, med dage til genforsøg",
      requirement: "Opret træk mindst en dag i forvejen (helst uger) og giv dem mindst 2 dage til genforsøg.",
      text: "Træk planlægges {lead} dage før forfald, med {retry} dage til genforsøg.",
    },
    branding: {
      title: "Mærkenavn og knapper følger markedet",
      requirement:
        "Knapper, tekster, e-mails og kvitteringer bruger navnet på kundens app (Vipps eller MobilePay) i dens egen farve, som brandretningslinjerne angiver.",
      text: "Denne salgsenhed ({market}) viser {brand} nu. {change}",
      norway: "Norge har altid vist Vipps.",
      change:
        "MobilePay bliver til Vipps i Danmark og Finland den 12. januar 2027: Abo viser MobilePay indtil {time} (midnat i København) og Vipps derefter, med samme blå farve. Aftaler, nøgler og webhooks berøres ikke.",
    },
    secrets: {
      title: "Hemmeligheder på serveren, tokens cachet",
      requirement: "Hold nøgler på serveren, cache adgangstokens, brug testnøgler under udvikling.",
      text: "Loginoplysninger er krypteret på disk og sendes aldrig til browsere; adgangstokens caches til kort før de udløber; kaldloggen gemmer headere med loginoplysninger og tokens maskeret.",
    },
  },
};
