// Loads OpenDyslexic (SIL Open Font License 1.1, from @fontsource/opendyslexic) only when chosen.
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
