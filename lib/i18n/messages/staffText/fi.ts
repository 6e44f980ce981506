import type { TStaffTextMessages } from "./types";

export const staffTextFi: TStaffTextMessages = {
  workList: {
    columns: {
      orderId: "Tilaustunnus",
      customer: "Asiakas",
      product: "Tuote",
      amount: "Summa",
      due: "Eräpäivä",
      reason: "Epäonnistumisen syy",
      detail: "Lisätiedot",
      status: "Tila",
      capturable: "Vielä veloitettavissa",
      deadline: "Veloituksen määräaika",
      agreement: "Sopimus",
      vippsAgreementId: "Vippsin sopimustunnus",
      phone: "Puhelin",
      created: "Luotu",
      time: "Aika",
      operation: "Toiminto",
      request: "Pyyntö",
      problem: "Ongelma",
      idempotencyKey: "Idempotency-Key",
      queue: "Jono",
      failed: "Epäonnistui",
      attempts: "Yritykset",
      error: "Virhe",
      job: "Työn tunnus",
    },
    failedCharges: {
      title: "Epäonnistuneet veloitukset",
      description:
        "Veloitukset, joita Vipps MobilePay ei voinut tehdä tai joiden luomisesta se kieltäytyi. Uusin eräpäivä ensin.",
    },
    awaitingCapture: {
      title: "Varattu, odottaa veloitusta",
      description:
        "Varaukset, jotka veloitetaan (toimituksen yhteydessä) tai perutaan ennen määräaikaa. Lähin määräaika ensin.",
      deadlinePassed: "{date} (umpeutunut: vapautettu)",
    },
    pendingAgreements: {
      title: "Odottavat sopimukset",
      description:
        "Sopimukset, jotka odottavat asiakkaan hyväksyntää sovelluksessa (ne vanhenevat Vippsillä 10 minuutin kuluttua). Uusin ensin.",
      notSentYet: "(ei vielä lähetetty)",
    },
    vippsErrors: {
      title: "Viimeisimmät Vipps-virheet",
      description:
        "Vipps MobilePay -kutsut, jotka päättyivät virhetilaan tai jäivät ilman vastausta, Vippsin vastaamina. Uusin ensin.",
      noAnswer: "ei vastausta",
    },
    failedJobs: {
      title: "Epäonnistuneet taustatyöt",
      descriptionForAdmin:
        "Taustatyöt, jotka ovat käyttäneet kaikki uusintayrityksensä. Uusin ensin; aja ne uudelleen System-sivulla.",
      description:
        "Taustatyöt, jotka ovat käyttäneet kaikki uusintayrityksensä. Uusin ensin; ylläpitäjä voi ajaa ne uudelleen System-sivulla.",
    },
  },
  stopExplanation: {
    cause: {
      CUSTOMER: "Asiakas lopetti sen tilillään",
      USER_IN_APP: "Asiakas lopetti sen Vipps MobilePay -sovelluksessa",
      STAFF: "Henkilökunta lopetti sen (tai se päättyi heidän asettamansa maksetun jakson lopussa)",
      FAILED_PAYMENT: "Perintä lopetti sen: maksut eivät menneet läpi",
      VIPPS_ADMIN: "Vipps MobilePay lopetti sen: asiakkaan Vipps-profiili poistettiin",
      REJECTED: "Asiakas hylkäsi sen sovelluksessa",
      EXPIRED: "Ei hyväksytty ajoissa: Vipps MobilePay antoi sen vanhentua",
    },
    withActor: "{why} (toimija {actor})",
    onlyActor: "Lopetettu (toimija {actor})",
  },
  failureReason: "{words} ({code})",

  fixFields: "Mitään ei tallennettu eikä lähetetty. Korjaa alla merkityt kentät.",
  fieldErrors: {
    reasonRequired: "Kirjoita, miksi teet tämän; se tallentuu tarkastuslokiin",
    reasonTooShort: "Kirjoita, miksi teet tämän (vähintään {min} merkkiä); se tallentuu tarkastuslokiin",
    max500: "Enintään 500 merkkiä",
    max400: "Enintään 400 merkkiä",
    max100: "Enintään 100 merkkiä",
    max45: "Enintään 45 merkkiä",
    amountRequired: "Anna summa",
    amountAboveZero: "Summan on oltava yli nollan",
    amountFormat: "Anna summa muodossa 149,50 (vain numeroita, enintään kaksi desimaalia)",
    amountTooLarge: "Summa on liian suuri",
    amountAtMost: "Enintään {amount}",
    amountAtLeast: "Vähintään {amount}",
    refundDescription: "Kirjoita, mitä asiakas näkee (1–100 merkkiä)",
    chooseRefundReason: "Valitse hyvityksen syy",
    refundDetails: "Kerro, mitä tapahtui (vähintään {min} merkkiä); se tallentuu tarkastuslokiin",
    intervalCount: "Kokonaisluku 1–31",
    atLeast1: "Vähintään 1",
    atMost31: "Enintään 31",
    chooseChargeType: "Valitse toistuva tai aikatauluton",
    chargeDescription: "Kirjoita, mitä asiakas näkee (1–45 merkkiä)",
    retryDays: "0–14 päivää",
    chooseDueDate: "Valitse eräpäivä",
    badText: "Poista näkymättömät tai rikkinäiset merkit (NUL-merkki tai puolikas emoji) ja yritä uudelleen",
  },
  checklist: {
    status: { met: "Täyttyy", missing: "Puuttuu", notYet: "Ei vielä" },
    at: "{time} UTC",
    never: "ei koskaan",
    none: "-",
    title: "Vipps MobilePay Recurring API: käyttöönoton tarkistuslista, {merchant}",
    salesUnit: "Myyntiyksikkö: {name} (MSN {msn}, {market}, {environment}, {baseUrl})",
    environment: { TEST: "testiympäristö", PRODUCTION: "tuotantoympäristö" },
    generated: "Luotu: {time} Abon omista tiedoista (kutsuloki, webhookit, tarkastusloki).",
    verification: {
      title: "Testiympäristön tarkistus",
      requirement:
        "Näytä testiympäristössä sopimukset, jotka päättyvät tilaan ACTIVE ja STOPPED, sekä RECURRING-veloitukset, jotka päättyvät tilaan CHARGED ja REFUNDED.",
      run: "Ajo {id}: {status}, aloitettu {started}{finished}.{error}",
      finished: ", valmis {time}",
      error: " Virhe: {error}",
      head: {
        step: "Vaihe",
        expected: "Odotettu",
        endState: "Lopputila",
        vippsAgreementId: "Vippsin sopimustunnus",
        orderId: "orderId (chargeId)",
        result: "Tulos",
      },
      extra: "{title} (lisä)",
      noSteps: "Vaiheita ei ole kirjattu.",
      notRun: "Ei vielä ajettu: käytä tarkistuslistasivun painiketta ”{button}”.",
      steps: {
        "agreement-active": "Sopimus, joka päättyy tilaan ACTIVE (pakotetusti hyväksytty testikäyttäjällä)",
        "agreement-stopped": "Sopimus, joka päättyy tilaan STOPPED (hyväksytty, sitten kauppiaan lopettama)",
        "agreement-updated": "Sopimuksen päivitys (tuotekuvaus muutettu)",
        "charge-cancelled": "RECURRING-veloitus peruttu ennen eräpäivää",
        "charge-charged": "RECURRING-veloitus, joka päättyy tilaan CHARGED (erän varaama, veloitettu)",
        "charge-refunded":
          "RECURRING-veloitus, joka päättyy tilaan REFUNDED (veloitettu, sitten hyvitetty kokonaan)",
      },
    },
    endpoints: {
      title: "Rajapinnat",
      requirement:
        "Sopimuksen luonti, haku ja päivitys (myös lopetus); veloitusten listaus; veloituksen luonti, haku, peruutus, hyvitys ja veloitus varauksesta.",
      head: {
        endpoint: "Rajapinta",
        request: "Pyyntö",
        calls: "Kutsut OK / epäonnistui ({days} päivää)",
        examples: "Viimeisimmät orderId:t / sopimustunnukset",
        last: "Viimeisin onnistunut",
      },
      label: {
        "create-agreement": "Luo sopimus",
        "get-agreement": "Hae sopimus",
        "update-agreement": "Päivitä sopimus (myös lopetus)",
        "list-charges": "Listaa veloitukset",
        "create-charge": "Luo veloitus",
        "get-charge": "Hae veloitus",
        "cancel-charge": "Peru veloitus",
        "capture-charge": "Veloita varaus (capture)",
        "refund-charge": "Hyvitä veloitus",
      },
    },
    headers: {
      title: "Vakio-otsakkeet jokaisessa kutsussa",
      requirement:
        "Merchant-Serial-Number sekä otsakkeet Vipps-System-Name, -Version, -Plugin-Name ja -Plugin-Version.",
      carried: "{carried} viimeisimmästä {checked} kutsusta sisälsi kaikki viisi otsaketta.",
      notSeen: "(ei nähty)",
    },
    idempotency: {
      title: "Idempotency-Key jokaisessa muutoksessa",
      requirement:
        "POST-, PATCH- ja DELETE-kutsuissa on Idempotency-Key, joka tallennetaan ennen kutsua ja käytetään uudelleen uusintayrityksissä.",
      text: "{count} muuttavaa kutsua ilman avainta viimeisten {days} päivän aikana. Avaimet tallennetaan jokaisen toiminnon (VippsOperation) ja veloituksen kanssa ennen kutsua.",
    },
    errors: {
      title: "Virheiden käsittely ja lokitus",
      requirement:
        "Kirjaa rajapinta, otsakkeet, runko ja koko virhevastaus; näytä virheet asiakkaille ja henkilökunnalle.",
      text: "Jokainen kutsu tallennetaan peitettyine otsakkeineen, runkoineen, tiloineen ja Vippsin ongelmatietoineen (VippsCall); henkilökunta näkee ne asiakastukikonsolissa sellaisinaan.",
      head: {
        time: "Aika",
        operation: "Toiminto",
        status: "Tila",
        problem: "Ongelma",
        detail: "Lisätiedot",
        orderId: "orderId",
      },
      noAnswer: "ei vastausta",
      none: "Jaksolla ei ole kirjattu epäonnistuneita kutsuja.",
    },
    polling: {
      title: "Kysely, paluuohjaukseen ei luoteta",
      requirement:
        "Selvitä lopputulos kyselemällä GET agreement (ja veloitukset) webhookien lisäksi; paluuohjausta ei ehkä koskaan tule.",
      text: "GET agreement kutsuttu {agreements} kertaa ja GET charge {charges} kertaa viimeisten {days} päivän aikana; Abo kyselee uutta sopimusta 5 sekunnin päästä paluuohjauksesta alkaen, harvenevin välein.",
    },
    webhooks: {
      title: "Webhookit",
      requirement: "Vastaanota recurring-webhookit (HMAC-varmennettu) kyselyn lisäksi.",
      atVipps:
        "Vipps MobilePayssa (luettu {time}): rekisteröinti {id} toimittaa {count} tapahtumaa osoitteeseen {url}, kuten Abo odottaa.",
      notMet: "Ei täyty (luettu Vipps MobilePaysta {time}): {problem}",
      record:
        "Abon tiedot: {url} ({time}). Vippsillä on {registrations} rekisteröintiä tälle myyntiyksikölle, enintään {most}/25 yhdelle tapahtumalle. Viimeisin vastaanotettu tapahtuma: {last}.",
      notRegistered: "ei rekisteröity",
      lastEvent: "{type} {time}",
      noLastEvent: "ei mitään",
      noEvents: "Jaksolla ei vastaanotettu tapahtumia.",
    },
    selfService: {
      title: "Itsepalvelu osoitteessa merchantAgreementUrl",
      requirement:
        "Jokainen sopimus linkittää sivulle, jolla asiakas näkee tilauksensa ja voi muuttaa tai lopettaa sen.",
      text: "Viimeisin lähetetty merchantAgreementUrl: {url}. Käyttäjän lopetukset käsitelty: {stops} sopimusta käyttäjän lopettamia sovelluksessa.",
      noDraft: "(sopimusta ei ole vielä luotu)",
    },
    terms: {
      title: "Ehdot hyväksytty ennen sopimusta",
      requirement: "Pyydä nimenomainen hyväksyntä kauppiaan ehdoille ennen sopimuksen aloittamista.",
      text: "Ehdot: {url}. {count} sopimukseen on kirjattu ehtojen hyväksymisaika.",
      noUrl: "(ehtojen URL-osoitetta ei ole asetettu)",
    },
    backOffice: {
      title: "Veloitus, peruutus ja hyvitys taustajärjestelmässä",
      requirement:
        "Asiakastuki hoitaa veloitukset, peruutukset, hyvitykset ja lopetukset ilman Vipps-portaalia.",
      text: "Asiakastukikonsolin toiminnot viimeisten {days} päivän aikana (kukin kirjattu: kuka, miksi ja Idempotency-Key): veloitus {capture}, peruutus {cancel}, hyvitys {refund}, lopetus {stop}.",
    },
    chargeTiming: {
      title: "Veloitukset luodaan ajoissa, uusintapäivineen",
      requirement:
        "Luo veloitukset vähintään päivää etukäteen (mieluiten viikkoja) ja anna niille vähintään 2 uusintapäivää.",
      text: "Veloitukset suunnitellaan {lead} päivää ennen eräpäivää, {retry} uusintapäivällä.",
    },
    branding: {
      title: "Tuotenimi ja painikkeet markkinan mukaan",
      requirement:
        "Painikkeet, tekstit, sähköpostit ja kuitit nimeävät asiakkaan sovelluksen (Vipps tai MobilePay) sen omalla värillä, kuten brändiohjeet sanovat.",
      text: "Tämä myyntiyksikkö ({market}) näyttää nyt nimen {brand}. {change}",
      norway: "Norjassa on aina näytetty Vipps.",
      change:
        "MobilePay muuttuu Vippsiksi Tanskassa ja Suomessa 12. tammikuuta 2027: Abo näyttää MobilePayn {time} asti (keskiyö Kööpenhaminassa) ja siitä eteenpäin Vippsin, sininen väri ennallaan. Sopimuksiin, avaimiin ja webhookeihin ei kosketa.",
    },
    secrets: {
      title: "Salaisuudet palvelimella, tunnukset välimuistissa",
      requirement:
        "Pidä avaimet palvelimella, tallenna käyttötunnukset välimuistiin, käytä kehityksessä testiavaimia.",
      text: "Tunnistetiedot on salattu levyllä eikä niitä koskaan lähetetä selaimiin; käyttötunnukset pidetään välimuistissa vähän ennen niiden vanhenemista; kutsuloki tallentaa otsakkeet tunnistetiedot ja tunnukset peitettyinä.",
    },
  },
};
