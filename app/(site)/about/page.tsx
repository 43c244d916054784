// About the publication.
import type { Metadata } from "next";
import { siteConfig } from "@/lib/site";

export const metadata: Metadata = { title: "About us", description: "What Dateline is and how it works." };

export default function AboutPage() {
  const { name } = siteConfig();
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold">About {name}</h1>
      <div className="article-body mt-6">
        <p>
          {name} is an open-source news publication: a fast reader site, a newsroom where editors write, review and publish, and pages built to be indexed well by search engines.
        </p>
        <p>
          We count how often each story is read with a simple daily total per story. We do not use third-party trackers, advertising scripts or analytics services, and we do not record who read what.
        </p>
        <p>The stories on this demonstration site are fictional. Any resemblance to real people, places or organisations is coincidental.</p>
      </div>
    </article>
  );
}
