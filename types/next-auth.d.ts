// The claims Dateline keeps in the next-auth JWT.
import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: string;
    sv?: number;
  }
}
