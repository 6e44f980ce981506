import type { TEmailMessages } from "./types";

export const emailFi: TEmailMessages = {
  greeting: "Hei {name},",
  greetingNoName: "Hei,",
  contact: "Kysyttävää? Ota yhteyttä: {shop}, {contact}.",
  contactNoAddress: "Kysyttävää? Ota yhteyttä: {shop}.",
  manage: "Hallinnoi tilaustasi",
  why: "Saat tämän sähköpostin, koska sinulla on tilaus kaupassa {shop}.",
  signInLink: {
    subject: "Kirjautumislinkkisi",
    intro: "Kirjaudu tällä linkillä ja hallinnoi tilauksiasi. Linkki toimii kerran, 15 minuutin ajan.",
    action: "Kirjaudu",
    ignore: "Jos et pyytänyt linkkiä, voit jättää tämän viestin huomiotta.",
  },
  signUpClaim: {
    subject: "Lisätäänkö {product} tiliisi?",
    intro:
      "Joku aloitti tilauksen {product} ({shop}) tällä sähköpostiosoitteella. Jos se olit sinä, lisää se tiliisi tällä linkillä. Linkki toimii {days} päivää.",
    action: "Lisää se tililleni",
    ignore:
      "Jos se et ollut sinä, voit jättää tämän viestin huomiotta: tiliisi ei lisätä mitään, eikä sinulta veloiteta mitään.",
  },
  signupConfirmed: {
    subject: "Tilauksesi {product} on alkanut",
    intro: "Kiitos! Tilauksesi {product} kaupasta {shop} on alkanut. Sovit seuraavasta:",
    price: "Hinta: {price}",
    firstCharge: "Ensimmäinen maksu: {date}",
    paidWith:
      "Maksetaan {brand}-sovelluksella. Voit nähdä ja lopettaa sopimuksen myös {brand}-sovelluksessa.",
    terms: "Myyntiehdot",
  },
  receipt: {
    subject: "Kuitti: {product}",
    intro: "Olemme vastaanottaneet {amount} tilauksesta {product} ({shop}) {date}.",
    attached: "Kuitti on liitteenä PDF-tiedostona.",
    action: "Näytä kuitti",
  },
  renewalNotice: {
    subject: "Tilauksesi {product} uusiutuu {date}",
    intro: "Vuositilauksesi {product} uusiutuu {date}, jolloin veloitamme {amount} {brand}-sovelluksella.",
    introNoAmount:
      "Vuositilauksesi {product} uusiutuu {date}, jolloin veloitamme seuraavan vuoden {brand}-sovelluksella.",
    change: "Jos haluat muuttaa tai lopettaa tilauksen, tee se ennen tätä päivää tilisivullasi.",
  },
  paused: {
    subject: "Tilauksesi {product} on tauolla",
    intro: "Tilauksesi {product} on tauolla {date} asti. Ennen sitä alkavia jaksoja ei veloiteta.",
  },
  resumed: {
    subject: "Tilauksesi {product} jatkuu",
    intro: "Tilauksesi {product} jatkuu. Seuraava maksu on {date}.",
    introNoDate: "Tilauksesi {product} jatkuu.",
  },
  planChanged: {
    subject: "Tilauksesi on nyt {product}",
    intro: "Tilauksesi on nyt {product}: {price}. Jo tehdyt maksut pysyvät ennallaan.",
  },
  amountChanged: {
    subject: "Uusi summa: {product}",
    intro: "Tilauksen {product} summa on nyt {price} seuraavasta maksusta alkaen.",
  },
  stopScheduled: {
    subject: "Tilauksesi {product} päättyy {date}",
    intro: "Tilauksesi {product} päättyy {date}, kun maksamasi jakso loppuu. Sinulta ei veloiteta enää.",
  },
  stopped: {
    subject: "Tilauksesi {product} on päättynyt",
    intro: "Tilauksesi {product} on lopetettu. Sinulta ei veloiteta enää.",
    welcomeBack: "Olet tervetullut takaisin milloin tahansa.",
  },
  refunded: {
    subject: "Hyvitys: {product}",
    intro:
      "{shop} on hyvittänyt {amount} tilauksesta {product}. Pankistasi riippuen rahat ovat tililläsi muutaman päivän kuluessa.",
    action: "Näytä kuitti",
  },
  dunning: {
    subject: "Maksu tilauksesta {product} ei onnistunut",
    stoppedSubject: "Tilauksesi {product} on lopetettu",
    failed:
      "Emme saaneet veloitettua {amount} tilauksesta {product} ({shop}) {brand}-sovelluksella (eräpäivä {date}).",
    step1: "Avaa {brand}-sovellus.",
    step2: "Etsi sopimus {product}. Sovellus näyttää, miksi maksu epäonnistui.",
    step3: "Tarkista, että sopimuksen kortti on voimassa ja tilillä on katetta, tai valitse toinen kortti.",
    continues: "Tilauksesi jatkuu, ja seuraava jakso veloitetaan tavalliseen tapaan.",
    lastChance: "Jos myös seuraava maksu epäonnistuu, lopetamme tilauksen.",
    stopped:
      "Maksu on nyt epäonnistunut {count} kertaa peräkkäin, joten lopetimme tilauksen. Voit aloittaa uuden tilauksen milloin tahansa.",
    why: "Syy: {reason}.",
    tooHighStep2: "Etsi sopimus {product}.",
    tooHighStep3: "Nosta sopimuksen enimmäismäärä vähintään summaan {amount}, muuten maksu ei voi onnistua.",
    profileStep2:
      "Etsi sopimus {product}. Sovellus näyttää, mitä profiilissasi tai maksutavassasi pitää korjata.",
    profileStep3: "Jos et voi korjata sitä siellä, ota yhteyttä: {shop}.",
    technical:
      "Kyse oli teknisestä viasta palvelussa {brand} tai pankissasi, ei korttisi ongelmasta, joten sinun ei tarvitse tehdä mitään.",
  },
  staffInvite: {
    subject: "Sinut on kutsuttu: {shop} Abossa",
    intro: "{inviter} kutsui sinut kaupan {shop} tilausten hallintaan roolissa {role}.",
    roleAdmin: "ylläpitäjä",
    roleSupport: "asiakastuki",
    action: "Valitse salasana",
    expires: "Linkki toimii kerran, {days} päivän ajan.",
  },
  captureWarning: {
    subjectOne: "{count} varaus on veloitettava pian",
    subjectOther: "{count} varausta on veloitettava pian",
    intro:
      "Näiden kaupan {shop} varattujen maksujen veloitusaika päättyy pian. Veloita ne, kun tilaus lähtee (tai peru ne); määräajan jälkeen Vipps MobilePay vapauttaa rahat asiakkaalle.",
    line: "{orderId} ({product}): {amount} veloitettava viimeistään {deadline} UTC",
  },
};
