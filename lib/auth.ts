import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { verifyPassword, DUMMY_HASH } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { env, pinAuthUrlToAppUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { endSessions } from "@/lib/server/auth/end-sessions";
import { storableText } from "@/lib/schemas/text";
import { sendSignInLink } from "@/lib/server/auth/send-sign-in-link";
import { clientAddressOf } from "@/lib/server/client-address";
import { systemContext } from "@/lib/server/context/build-context";
import { clearStaffSignInFailures, staffSignInAllowed } from "@/lib/server/auth/sign-in-limits";

const ZStaffCredentials = z.object({ email: z.email().max(254), password: storableText().min(1).max(200) });

// The JWT carries the user's sessionVersion from sign-in; bumping it ends the session on the server.
declare module "next-auth" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation needs an interface
  interface Session {
    sessionVersion?: number;
  }
}
declare module "next-auth/jwt" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation needs an interface
  interface JWT {
    sv?: number;
  }
}

pinAuthUrlToAppUrl();

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  secret: env().AUTH_SECRET,
  // Auth.js takes its URL from AUTH_URL (pinned to APP_URL above), never from the Host header.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  providers: [
    {
      // Customers: a one-time link by email (15 minutes). Sent only to addresses we know.
      id: "email",
      type: "email",
      name: "Email",
      maxAge: 15 * 60,
      normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
      // Before anyone is signed in: the system acts, for the installation's merchant.
      sendVerificationRequest: async ({ identifier, url }) =>
        sendSignInLink(await systemContext(), identifier, url),
    },
    Credentials({
      // Staff: email and password, rate-limited (lib/server/auth/sign-in-limits.ts).
      id: "staff",
      name: "Staff",
      credentials: { email: {}, password: {} },
      authorize: async (raw, request) => {
        const parsed = ZStaffCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const email = parsed.data.email.toLowerCase();
        const address = clientAddressOf(request.headers);
        if (!(await staffSignInAllowed(email, address))) {
          logger.warn({ email, address }, "staff sign-in rate-limited");
          return null;
        }
        const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !ok || user.disabled || user.role === "CUSTOMER") return null;
        await clearStaffSignInFailures(email, address);
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "email" || !user.email) return true;
      // A customer signing in by link: tie the account to the customer record with that email.
      const existing = await db.user.findUnique({ where: { email: user.email.toLowerCase() } });
      if (existing && existing.role !== "CUSTOMER") return false;
      return true;
    },
    async jwt({ token, user }) {
      // At sign-in only (user is set then): later requests read the cookie without a query.
      if (user?.id) {
        token.sub = user.id;
        const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
        token.sv = row?.sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server, not just in this browser: a copied cookie is
    // refused from now on (and the user's other sessions end too).
    async signOut(message) {
      const userId = "token" in message ? message.token?.sub : message.session?.userId;
      if (userId) await endSessions(await systemContext(), userId);
    },
    async signIn({ user, account }) {
      if (account?.provider !== "email" || !user.id || !user.email) return;
      const customer = await db.customer.findUnique({
        where: { email: user.email.toLowerCase() },
        select: { id: true },
      });
      await db.user.update({
        where: { id: user.id },
        data: {
          lastLoginAt: new Date(),
          emailVerified: new Date(),
          ...(customer ? { customerId: customer.id } : {}),
        },
      });
    },
  },
});
