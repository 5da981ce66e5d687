/** The first version of the end-user terms, published on first start when none exist. */
export const defaultTerms = {
  textNb: `Vilkår for bruk av Registerlab

1. Du bruker tjenesten bare til statistikk og forskning innenfor avtalen institusjonen din har inngått.
2. Du prøver ikke å identifisere enkeltpersoner eller enkeltforetak, verken direkte eller ved å kombinere resultater.
3. Resultatene er beskyttet mot avsløring og kan være litt endret; du publiserer dem ikke som eksakte tall om små grupper.
4. Kontoen er personlig. Du deler ikke passordet ditt.
5. Alt du kjører, logges, slik at hvert resultat kan spores tilbake til skriptet som laget det.`,
  textEn: `Terms of use for Registerlab

1. You use the service only for statistics and research within the agreement your institution has signed.
2. You do not try to identify individual persons or companies, directly or by combining results.
3. Results are protected against disclosure and may be slightly perturbed; you do not publish them as exact figures about small groups.
4. Your account is personal. You do not share your password.
5. Everything you run is logged, so every result can be traced to the script that produced it.`,
};
