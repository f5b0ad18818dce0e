# One interface target carries the warning flags; every project target links it.
add_library(scamdrill_warnings INTERFACE)
if(MSVC)
  target_compile_options(scamdrill_warnings INTERFACE /W4 /utf-8 $<$<BOOL:${SCAMDRILL_WERROR}>:/WX>)
else()
  target_compile_options(scamdrill_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough
    $<$<BOOL:${SCAMDRILL_WERROR}>:-Werror>)
endif()
