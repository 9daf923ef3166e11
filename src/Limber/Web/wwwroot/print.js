// The handout's print button (a script file: the pages allow no inline handlers).
document.getElementById('print')?.addEventListener('click', () => window.print());
