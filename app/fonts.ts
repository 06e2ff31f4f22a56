import localFont from "next/font/local";

// Shipped with the app (OFL): no font is fetched from the internet at build or run time.
export const sourceSans = localFont({
  src: [
    { path: "../public/fonts/SourceSans3-Regular.ttf", weight: "400", style: "normal" },
    { path: "../public/fonts/SourceSans3-Italic.ttf", weight: "400", style: "italic" },
    { path: "../public/fonts/SourceSans3-SemiBold.ttf", weight: "600", style: "normal" },
    { path: "../public/fonts/SourceSans3-Bold.ttf", weight: "700", style: "normal" },
  ],
  variable: "--font-source-sans",
  display: "swap",
});
