// English is the source of message keys; the other languages must have every key.
// Placeholders are written {name}. Keep each text short and plain.
export const en = {
  common: {
    appName: "Abo",
    signIn: "Sign in",
    signOut: "Sign out",
    language: "Language",
    back: "Back",
    cancel: "Cancel",
    save: "Save",
    continue: "Continue",
    loading: "Loading…",
    somethingWentWrong: "Something went wrong. Please try again.",
    notFound: "We could not find that page.",
  },
  signIn: {
    title: "Sign in",
    customerIntro: "Enter the email address you used for your subscription. We will send you a link to sign in.",
    email: "Email address",
    sendLink: "Send me a sign-in link",
    checkEmailTitle: "Check your email",
    checkEmailBody: "If we have a subscription for that address, a sign-in link is on its way. It works once, for 15 minutes.",
    staffTitle: "Staff sign-in",
    password: "Password",
    staffSubmit: "Sign in as staff",
    invalidCredentials: "That email and password did not match, or there were too many attempts. Try again in a few minutes.",
    invalidEmail: "Enter a valid email address.",
  },
} as const;

type TDeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : TDeepStrings<T[K]> };
export type TMessages = TDeepStrings<typeof en>;
