import { Button, Heading, Link, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { mailButton, mailText } from "./mail-layout";

export function MailTitel({ children }: { children: ReactNode }) {
  return (
    <Heading as="h1" style={{ fontSize: "22px", color: "#0b2540" }}>
      {children}
    </Heading>
  );
}

export function P({ children }: { children: ReactNode }) {
  return <Text style={mailText}>{children}</Text>;
}

/** The one thing to do, as a button, with the link written out for when buttons do not work. */
export function MailKnop({ href, children }: { href: string; children: string }) {
  return (
    <Section style={{ margin: "20px 0" }}>
      <Button href={href} style={mailButton}>
        {children}
      </Button>
      <Text style={{ ...mailText, fontSize: "14px" }}>
        Werkt de knop niet? Ga naar <Link href={href}>{href}</Link>
      </Text>
    </Section>
  );
}

/** Key facts of the scan as label–value rows. */
export function Feiten({ rows }: { rows: [string, string][] }) {
  return (
    <table role="presentation" cellPadding={0} cellSpacing={0} style={{ margin: "12px 0", fontSize: "16px", lineHeight: "24px" }}>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <td style={{ fontWeight: 700, paddingRight: "16px", verticalAlign: "top" }}>{label}</td>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
