// Loads OpenDyslexic (SIL Open Font License 1.1, from @fontsource/opendyslexic) only when chosen.
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
// OpenDyslexic has Latin only: a Russian page uses Andika (SIL OFL 1.1, @fontsource/andika), see styles.css
import './andika.css';
