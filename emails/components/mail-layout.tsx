import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const styles = {
  body: { backgroundColor: "#f3f4f6", fontFamily: "Arial, Helvetica, sans-serif", color: "#1f2937", margin: 0 },
  header: { backgroundColor: "#154273", color: "#ffffff", padding: "16px 24px", fontSize: "18px", fontWeight: 700 },
  container: { backgroundColor: "#ffffff", maxWidth: "600px", margin: "24px auto", border: "1px solid #d1d5db" },
  content: { padding: "8px 24px 16px", fontSize: "16px", lineHeight: "24px" },
  footer: { padding: "0 24px 16px", fontSize: "13px", color: "#4b5563" },
};

/** Shared frame of every mail: product name, content, and why the reader gets this mail. */
export function MailLayout({ preview, children, reden }: { preview: string; children: ReactNode; reden: string }) {
  return (
    <Html lang="nl">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={styles.header}>Datavolwassenheidsscan</Section>
          <Section style={styles.content}>{children}</Section>
          <Hr />
          <Section style={styles.footer}>
            <Text style={{ margin: 0 }}>{reden}</Text>
            <Text style={{ margin: "8px 0 0" }}>Vragen? Mail naar zichtopondermijning@minbzk.nl.</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export const mailText = { fontSize: "16px", lineHeight: "24px", margin: "12px 0" };
export const mailButton = {
  backgroundColor: "#154273",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "4px",
  fontWeight: 700,
  textDecoration: "none",
  display: "inline-block",
};
