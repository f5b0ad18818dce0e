# Sanitizers, for every target of the project, in this one place.
# SCAMDRILL_SANITIZE takes what -fsanitize= takes, e.g. "address,undefined"
# (the asan-ubsan preset). Findings are fatal (-fno-sanitize-recover), so a
# test that trips one fails.
if(SCAMDRILL_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "SCAMDRILL_SANITIZE is for GCC and Clang")
  endif()
  add_compile_options(-fsanitize=${SCAMDRILL_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${SCAMDRILL_SANITIZE})
endif()
